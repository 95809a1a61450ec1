package se.kansli.portfolio;

import java.util.HashMap;
import java.util.Map;
import se.kansli.shared.InvalidInput;

/** An initiative's fields as the page posts them, and back. */
final class InitiativeForm {

  private InitiativeForm() {}

  static NewInitiative read(Map<String, String> form) {
    return new NewInitiative(
        form.get("organisation"),
        choice(InitiativeKind.class, form.get("kind"), "kind"),
        choice(InitiativePhase.class, form.get("phase"), "phase"),
        form.get("name"),
        form.get("description"),
        form.get("steeringGroup"),
        form.get("projectLead"));
  }

  static Map<String, String> of(InitiativeView i) {
    Map<String, String> form = new HashMap<>();
    form.put("kind", i.kind().name());
    form.put("phase", i.phase().name());
    form.put("name", i.name());
    form.put("description", i.description());
    form.put("steeringGroup", String.join("\n", i.steeringGroup()));
    form.put("projectLead", i.projectLead() == null ? "" : i.projectLead());
    return form;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "Ogiltigt val.");
    }
  }
}
