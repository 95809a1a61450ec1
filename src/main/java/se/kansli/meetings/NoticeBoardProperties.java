package se.kansli.meetings;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the notice board says about where the minutes are kept (Kommunallagen 8 kap. 12 §).
 *
 * @param keptAt where an organisation's minutes are kept when it has no entry of its own; the joint
 *     committee's minutes are kept by its host, Luleå
 * @param keptAtByOrganisation where each organisation keeps its minutes, by organisation id
 */
@ConfigurationProperties("kansli.notice-board")
public record NoticeBoardProperties(String keptAt, Map<String, String> keptAtByOrganisation) {

  public NoticeBoardProperties {
    keptAt = keptAt == null || keptAt.isBlank() ? "Kommunkansliet, Luleå kommun" : keptAt.strip();
    keptAtByOrganisation =
        keptAtByOrganisation == null ? Map.of() : Map.copyOf(keptAtByOrganisation);
  }

  String keptAt(String organisation) {
    return keptAtByOrganisation.getOrDefault(organisation, keptAt);
  }
}
