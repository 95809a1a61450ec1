package se.kansli.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/**
 * An agreement's fields as the page posts them, and back. Who may call off and the services are
 * checkboxes named {@code callOff-<municipality>} and {@code service-<id>}; the options are rows
 * {@code option<n>Months} and {@code option<n>UsedOn}, an empty row left out.
 */
final class AgreementForm {

  /** Rows for options on the page: Swedish framework agreements seldom have more. */
  static final int OPTION_ROWS = 3;

  private AgreementForm() {}

  static NewAgreement read(Map<String, String> form, String organisation) {
    List<ExtensionOption> options = new ArrayList<>();
    for (int n = 1; form.containsKey("option" + n + "Months"); n++) {
      Integer months = FormValues.integer(form.get("option" + n + "Months"), "options");
      var usedOn = FormValues.date(form.get("option" + n + "UsedOn"), "options");
      if (months == null && usedOn == null) {
        continue;
      }
      if (months == null) {
        throw new InvalidInput("options", "Option " + n + ": ange förlängningen i månader.");
      }
      options.add(new ExtensionOption(months, usedOn));
    }
    List<String> callOff = new ArrayList<>();
    List<UUID> services = new ArrayList<>();
    form.forEach((key, value) -> {
      if (key.startsWith("callOff-") && "true".equals(value)) {
        callOff.add(key.substring("callOff-".length()));
      }
      if (key.startsWith("service-") && "true".equals(value)) {
        try {
          services.add(UUID.fromString(key.substring("service-".length())));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("services", "Okänd tjänst.");
        }
      }
    });
    return new NewAgreement(
        organisation != null ? organisation : form.get("organisation"),
        kind(form.get("kind")),
        form.get("title"),
        form.get("supplierName"),
        form.get("supplierNumber"),
        form.get("scope"),
        "true".equals(form.get("allMembers")),
        callOff,
        FormValues.date(form.get("startsOn"), "startsOn"),
        FormValues.date(form.get("endsOn"), "endsOn"),
        options,
        FormValues.integer(form.get("noticeMonths"), "noticeMonths"),
        services,
        form.get("caseNumber"));
  }

  /** An empty form: all members may call off unless the coordinator says otherwise. */
  static Map<String, String> blank() {
    Map<String, String> form = new HashMap<>();
    form.put("kind", AgreementKind.FRAMEWORK_AGREEMENT.name());
    form.put("allMembers", "true");
    return form;
  }

  static Map<String, String> of(AgreementView a) {
    Map<String, String> form = new HashMap<>();
    form.put("kind", a.kind().name());
    form.put("title", a.title());
    form.put("supplierName", a.supplierName());
    form.put("supplierNumber", a.supplierNumber() == null ? "" : a.supplierNumber());
    form.put("scope", a.scope());
    form.put("allMembers", String.valueOf(a.allMembers()));
    a.callOff().forEach(m -> form.put("callOff-" + m.id(), "true"));
    form.put("startsOn", a.startsOn().toString());
    form.put("endsOn", a.endsOn().toString());
    for (int i = 0; i < a.options().size(); i++) {
      ExtensionOption o = a.options().get(i);
      form.put("option" + (i + 1) + "Months", String.valueOf(o.months()));
      form.put("option" + (i + 1) + "UsedOn", o.usedOn() == null ? "" : o.usedOn().toString());
    }
    form.put("noticeMonths", a.noticeMonths() == null ? "" : a.noticeMonths().toString());
    a.services().forEach(s -> form.put("service-" + s.id(), "true"));
    form.put("caseNumber", a.caseNumber() == null ? "" : a.caseNumber());
    return form;
  }

  private static AgreementKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AgreementKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("kind", "Ogiltigt val.");
    }
  }
}
