package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agreement signed through the committee.
 *
 * @param callOff who may call off when not all member municipalities may, by name
 * @param services the shared services the agreement is behind
 */
public record AgreementView(
    AgreementId id,
    String organisation,
    AgreementKind kind,
    String title,
    String supplierName,
    String supplierNumber,
    String scope,
    boolean allMembers,
    List<Municipality> callOff,
    AgreementTerms terms,
    List<Service> services,
    String caseNumber) {

  /** A municipality that may call off. */
  public record Municipality(String id, String name) {}

  /** A shared service the agreement is behind. */
  public record Service(UUID id, String name) {}

  public LocalDate startsOn() {
    return terms.startsOn();
  }

  public LocalDate endsOn() {
    return terms.endsOn();
  }

  /** The end with the options used. */
  public LocalDate end() {
    return terms.end();
  }

  public LocalDate finalEnd() {
    return terms.finalEnd();
  }

  public List<ExtensionOption> options() {
    return terms.options();
  }

  public Integer noticeMonths() {
    return terms.noticeMonths();
  }

  public LocalDate noticeDeadline() {
    return terms.noticeDeadline().orElse(null);
  }

  public boolean inForceOn(LocalDate day) {
    return terms.inForceOn(day);
  }

  public boolean framework() {
    return kind == AgreementKind.FRAMEWORK_AGREEMENT;
  }

  public Optional<Service> service(UUID service) {
    return services.stream().filter(s -> s.id().equals(service)).findFirst();
  }
}
