package se.kansli.signing.eid;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code kansli.signing.bankid.*}: where the BankID Relying Party API is and how Kansli proves
 * itself to it.
 *
 * @param enabled whether BankID is offered at all
 * @param baseUrl the API root; BankID's test environment by default, production is
 *     https://appapi2.bankid.com/rp/v6.0
 * @param clientKeystore the relying-party certificate and key, PKCS#12
 * @param truststore the CA that issued BankID's server certificate, PKCS#12 or PEM
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer before telling the user it failed
 */
@ConfigurationProperties("kansli.signing.bankid")
record BankIdProperties(
    boolean enabled,
    @DefaultValue("https://appapi2.test.bankid.com/rp/v6.0") URI baseUrl,
    Resource clientKeystore,
    String clientKeystorePassword,
    Resource truststore,
    String truststorePassword,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout) {}
