package se.kansli.portfolio;

import java.util.HashMap;
import java.util.Map;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/** A shared service's fields as the page posts them, and back. */
final class ServiceForm {

  private ServiceForm() {}

  static NewService read(Map<String, String> form, String organisation) {
    return new NewService(
        organisation != null ? organisation : form.get("organisation"),
        form.get("name"),
        form.get("description"),
        form.get("owner"),
        stage(form.get("stage")),
        FormValues.date(form.get("inOperationSince"), "inOperationSince"),
        form.get("stageNote"),
        "true".equals(form.get("selfActivated")));
  }

  static Map<String, String> of(ServiceView s) {
    Map<String, String> form = new HashMap<>();
    form.put("name", s.name());
    form.put("description", s.description());
    form.put("owner", s.owner());
    form.put("stage", s.stage().name());
    form.put(
        "inOperationSince", s.inOperationSince() == null ? "" : s.inOperationSince().toString());
    form.put("stageNote", s.stageNote() == null ? "" : s.stageNote());
    form.put("selfActivated", String.valueOf(s.selfActivated()));
    return form;
  }

  private static ServiceStage stage(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ServiceStage.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("stage", "Ogiltigt val.");
    }
  }
}
