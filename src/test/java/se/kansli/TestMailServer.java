package se.kansli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server (GreenMail) for the whole test JVM on port 3025, where application-test.yml
 * points spring.mail. Started once however many application contexts the tests create.
 */
@Component
public class TestMailServer {

  private static final GreenMail SERVER = start();

  private static GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  /** Every message received so far for this address. */
  public List<MimeMessage> to(String address) {
    return List.of(SERVER.getReceivedMessagesForDomain(address));
  }

  public boolean waitFor(int count) {
    return SERVER.waitForIncomingEmail(5000, count);
  }
}
