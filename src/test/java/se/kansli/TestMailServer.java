package se.kansli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, started once however many application
 * contexts the tests create. It listens on a free port, so that test runs side by side on one
 * machine do not collide; {@link Port} (registered in META-INF/spring.factories) points
 * spring.mail.port at it in every test context.
 */
@Component
public class TestMailServer {

  private static final GreenMail SERVER = start();

  private static GreenMail start() {
    GreenMail server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
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

  /** Tells each test context where the SMTP server listens. */
  public static class Port
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "greenmail", Map.of("spring.mail.port", SERVER.getSmtp().getPort())));
    }
  }
}
