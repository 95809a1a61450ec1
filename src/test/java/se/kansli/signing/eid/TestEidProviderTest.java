package se.kansli.signing.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.kansli.shared.InvalidInput;

class TestEidProviderTest {

  private final TestEidProvider provider = new TestEidProvider();

  @Test
  void isLoudlyLabelled() {
    assertThat(provider.id()).isEqualTo("test");
    assertThat(provider.displayName()).isEqualTo("Test-e-legitimation (endast demo)");
  }

  @Test
  void authenticationCompletesAtOnceForThePersonAskedFor() {
    EidOrder order = provider.authenticate(new EidRequest("127.0.0.1", "811218-9876", true));

    EidStatus status = provider.collect(order.orderRef());

    assertThat(status.state()).isEqualTo(EidStatus.State.COMPLETE);
    assertThat(status.identity().personalIdentityNumber()).isEqualTo("19811218-9876");
    assertThat(status.identity().name())
        .isEqualTo(status.identity().givenName() + " " + status.identity().surname());
    assertThat(status.evidence().provider()).isEqualTo("test");
    assertThat(status.evidence().signature()).startsWith("TESTUNDERSKRIFT – INTE GILTIG");
  }

  @Test
  void withoutAPersonItIsTheTaxAgencysTestPerson() {
    EidOrder order = provider.authenticate(new EidRequest("127.0.0.1", null, false));

    assertThat(provider.collect(order.orderRef()).identity().personalIdentityNumber())
        .isEqualTo("19121212-1212");
  }

  @Test
  void signatureEvidenceSaysItIsATestAndNamesWhatWasSigned() {
    EidOrder order =
        provider.sign(new EidRequest("127.0.0.1", null, false), "Protokoll §1", new byte[] {1});

    EidStatus status = provider.collect(order.orderRef());

    assertThat(status.evidence().signature())
        .contains("INTE GILTIG")
        .contains("Underskriven text (SHA-256)");
    assertThat(status.evidence().ocspResponse()).isNull();
  }

  @Test
  void anOrderCompletesOnlyOnceAndCancelledOrdersAreGone() {
    EidOrder done = provider.authenticate(new EidRequest("127.0.0.1", null, false));
    provider.collect(done.orderRef());
    EidOrder cancelled = provider.authenticate(new EidRequest("127.0.0.1", null, false));
    provider.cancel(cancelled.orderRef());

    assertThat(provider.collect(done.orderRef()).state()).isEqualTo(EidStatus.State.FAILED);
    assertThat(provider.collect(cancelled.orderRef()).state()).isEqualTo(EidStatus.State.FAILED);
  }

  @Test
  void aMalformedPersonalIdentityNumberIsRefused() {
    assertThatThrownBy(
            () -> provider.authenticate(new EidRequest("127.0.0.1", "19121212-1213", false)))
        .isInstanceOf(InvalidInput.class);
  }

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
          .withUserConfiguration(TestEidProvider.class, EidProviders.class);

  @Test
  void existsOnlyWhenSwitchedOn() {
    context.run(c -> assertThat(c).doesNotHaveBean(TestEidProvider.class));
    context
        .withPropertyValues("kansli.signing.test-eid.enabled=true")
        .run(c -> {
          assertThat(c).hasSingleBean(TestEidProvider.class);
          assertThat(c.getBean(EidProviders.class).find("test")).isPresent();
        });
  }
}
