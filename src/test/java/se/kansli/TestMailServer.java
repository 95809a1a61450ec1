package se.kansli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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
  private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

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

  /**
   * Mail to this address fails as if the mail server could not be reached, until {@link
   * #accept(String)}: for testing that a notice is retried. Other addresses are not affected.
   */
  public void refuse(String address) {
    REFUSED.add(address);
  }

  public void accept(String address) {
    REFUSED.remove(address);
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

  /**
   * Puts the application's mail sender behind a check of {@link #refuse(String)}: a message to a
   * refused address throws the exception a mail server that is down gives, and is not sent.
   */
  @Component
  static class Refusals implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
      if (!(bean instanceof JavaMailSender sender)) {
        return bean;
      }
      // A subclass proxy, so that it still is the JavaMailSenderImpl that the mail health check
      // expects; every other call goes to the real sender.
      ProxyFactory proxy = new ProxyFactory(sender);
      proxy.setProxyTargetClass(true);
      proxy.addAdvice(
          (MethodInterceptor)
              call -> {
                if (call.getMethod().getName().equals("send") && refused(call.getArguments())) {
                  throw new MailSendException("Connection refused (TestMailServer.refuse)");
                }
                return call.proceed();
              });
      return proxy.getProxy();
    }

    private static boolean refused(Object[] args) throws MessagingException {
      for (Object arg : args) {
        Object[] messages = arg instanceof Object[] many ? many : new Object[] {arg};
        for (Object message : messages) {
          Stream<String> to =
              switch (message) {
                case SimpleMailMessage m ->
                    m.getTo() == null ? Stream.of() : Arrays.stream(m.getTo());
                case MimeMessage m ->
                    m.getAllRecipients() == null
                        ? Stream.of()
                        : Arrays.stream(m.getAllRecipients()).map(Address::toString);
                default -> Stream.of();
              };
          if (to.anyMatch(REFUSED::contains)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
