package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Command: an agreement as the coordinator registers it.
 *
 * @param allMembers every member municipality may call off; otherwise only {@code callOff}
 * @param callOff the municipalities that may call off when not all members may
 * @param options the options to extend, in the order they can be used
 * @param noticeMonths the notice period; none when the agreement simply ends
 * @param services the shared services the agreement is behind
 */
public record NewAgreement(
    String organisation,
    AgreementKind kind,
    String title,
    String supplierName,
    String supplierNumber,
    String scope,
    Boolean allMembers,
    List<String> callOff,
    LocalDate startsOn,
    LocalDate endsOn,
    List<ExtensionOption> options,
    Integer noticeMonths,
    List<UUID> services,
    String caseNumber) {

  public NewAgreement {
    allMembers = Boolean.TRUE.equals(allMembers);
    callOff = callOff == null ? List.of() : List.copyOf(callOff);
    options = options == null ? List.of() : List.copyOf(options);
    services = services == null ? List.of() : List.copyOf(services);
  }
}
