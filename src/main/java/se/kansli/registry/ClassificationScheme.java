package se.kansli.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/**
 * The versioned classification scheme. Every change by an administrator publishes a new version;
 * old versions stay readable so that a case registered under a retired class keeps its meaning.
 */
@Service
public class ClassificationScheme {

  private static final Pattern CODE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,5}");
  private static final Comparator<ActivityClass> BY_CODE =
      Comparator.comparing(ActivityClass::code, ClassificationScheme::compareCodes);

  private final JdbcClient jdbc;

  ClassificationScheme(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ActivityClass> current() {
    return jdbc
        .sql("select * from classes where version_to is null")
        .query(ClassificationScheme::mapClass)
        .list()
        .stream()
        .sorted(BY_CODE)
        .toList();
  }

  /** The scheme as it was when version {@code version} was published. */
  public List<ActivityClass> at(int version) {
    if (version < 1 || version > currentVersion()) {
      throw new InvalidInput("version", "Versionen finns inte.");
    }
    return jdbc
        .sql(
            """
            select * from classes
            where version_from <= ? and (version_to is null or version_to > ?)
            """)
        .params(version, version)
        .query(ClassificationScheme::mapClass)
        .list()
        .stream()
        .sorted(BY_CODE)
        .toList();
  }

  /** Every published version, newest first, with who published it and why. */
  public List<SchemeVersion> versions() {
    return jdbc.sql("select * from classification_versions order by version desc")
        .query((rs, i) ->
            new SchemeVersion(
                rs.getInt("version"),
                rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("published_by"),
                rs.getString("comment")))
        .list();
  }

  /** A published version of the scheme. */
  public record SchemeVersion(
      int version, java.time.Instant publishedAt, String publishedBy, String comment) {}

  public int currentVersion() {
    return jdbc.sql("select max(version) from classification_versions")
        .query(Integer.class)
        .single();
  }

  public Optional<ActivityClass> find(String code) {
    return jdbc.sql("select * from classes where code = ? and version_to is null")
        .param(code)
        .query(ClassificationScheme::mapClass)
        .optional();
  }

  /** The class a case may be registered under: it must exist in the current scheme. */
  public ActivityClass requireCurrent(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInput("classificationCode", "Välj en klassificering.");
    }
    return find(code.strip())
        .orElseThrow(() ->
            new InvalidInput(
                "classificationCode", "Okänd klassificeringskod: " + code.strip() + "."));
  }

  /** Adds a class or changes its title and description, publishing a new scheme version. */
  @Transactional
  public ActivityClass save(
      String code, String title, String description, String comment, Actor actor) {
    actor.requireAdministrator();
    String c = code == null ? "" : code.strip();
    if (!CODE.matcher(c).matches()) {
      throw new InvalidInput(
          "code", "Koden ska vara siffror åtskilda av punkt, till exempel 2.2.0.1.");
    }
    if (title == null || title.isBlank()) {
      throw new InvalidInput("title", "Ange en benämning.");
    }
    ActivityClass probe = new ActivityClass(c, title, "", 0);
    if (probe.parentCode() != null && find(probe.parentCode()).isEmpty()) {
      throw new InvalidInput("code", "Överordnad nivå " + probe.parentCode() + " finns inte.");
    }
    int version = publish(actor, comment == null || comment.isBlank() ? "Ändrade " + c : comment);
    jdbc.sql("update classes set version_to = ? where code = ? and version_to is null")
        .params(version, c)
        .update();
    jdbc.sql("insert into classes (code, version_from, title, description) values (?, ?, ?, ?)")
        .params(c, version, title.strip(), description == null ? "" : description.strip())
        .update();
    return find(c).orElseThrow();
  }

  /** Retires a class: no new cases under it; existing cases keep it. */
  @Transactional
  public void retire(String code, Actor actor) {
    actor.requireAdministrator();
    ActivityClass existing = requireCurrent(code);
    boolean hasChildren = current().stream().anyMatch(a -> existing.code().equals(a.parentCode()));
    if (hasChildren) {
      throw new Conflict("code", "Klassen har undernivåer; avveckla dem först.");
    }
    int version = publish(actor, "Avvecklade " + existing.code());
    jdbc.sql("update classes set version_to = ? where code = ? and version_to is null")
        .params(version, existing.code())
        .update();
  }

  private int publish(Actor actor, String comment) {
    // Serialise publications so that two administrators cannot publish the same version number.
    jdbc.sql("lock table classification_versions in exclusive mode").update();
    int version = currentVersion() + 1;
    jdbc.sql(
            "insert into classification_versions (version, published_by, comment) values (?, ?, ?)")
        .params(version, actor.displayName(), comment)
        .update();
    return version;
  }

  private static ActivityClass mapClass(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new ActivityClass(
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getInt("version_from"));
  }

  static int compareCodes(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int cmp = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (cmp != 0) {
        return cmp;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
