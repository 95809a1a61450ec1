package se.kansli.signing.eid;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code kansli.signing.freja.*}: Freja eID through Verisec's official client.
 *
 * @param enabled whether Freja eID is offered at all
 * @param environment TEST (services.test.frejaeid.com) or PRODUCTION (services.prod.frejaeid.com)
 * @param serverUrl overrides the environment's address; only the client's test mode honours it, so
 *     it is meant for stubs, never for production
 * @param clientKeystore the relying-party certificate and key Freja issued, PKCS#12
 * @param truststore the CA of Freja's server certificate, PKCS#12 or PEM
 */
@ConfigurationProperties("kansli.signing.freja")
record FrejaProperties(
    boolean enabled,
    @DefaultValue("TEST") Environment environment,
    String serverUrl,
    Resource clientKeystore,
    String clientKeystorePassword,
    Resource truststore,
    String truststorePassword,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout) {

  enum Environment {
    TEST,
    PRODUCTION
  }
}
