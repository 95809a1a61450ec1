package se.kansli.eservices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The co-signers the applicant invites, as rows of name and e-mail address on the summary page.
 * Blank rows are kept while the page is being filled in (so that a refused row stays where the
 * resident typed it) and left out when the invitations are sent. The field keys of row {@code i}
 * are {@code coSigners-i-name} and {@code coSigners-i-email}, the ids of its inputs with "f-".
 */
public record CoSigners(List<ResidentSubmissions.CoSigner> rows) {

  /**
   * At most this many co-signers: the e-service definition has no setting for it, and more than a
   * handful of people signing one application (both guardians, co-owners) is a different process.
   */
  public static final int MAX = 5;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public CoSigners {
    rows = rows == null ? List.of() : List.copyOf(rows);
  }

  /** The rows as posted: the n-th name with the n-th e-mail address. */
  public static CoSigners posted(List<String> names, List<String> emails) {
    List<String> n = names == null ? List.of() : names;
    List<String> e = emails == null ? List.of() : emails;
    List<ResidentSubmissions.CoSigner> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(n.size(), e.size()); i++) {
      rows.add(
          new ResidentSubmissions.CoSigner(
              i < n.size() ? n.get(i) : "", i < e.size() ? e.get(i) : ""));
    }
    return new CoSigners(rows);
  }

  /** What the page starts with: one empty row when co-signers are asked for, else none. */
  public static CoSigners initial(SigningRequirement signing) {
    return new CoSigners(
        signing == SigningRequirement.SEVERAL
            ? List.of(new ResidentSubmissions.CoSigner("", ""))
            : List.of());
  }

  /** One more empty row, unless there are already as many as may be invited. */
  public CoSigners withRow() {
    if (rows.size() >= MAX) {
      return this;
    }
    List<ResidentSubmissions.CoSigner> more = new ArrayList<>(rows);
    more.add(new ResidentSubmissions.CoSigner("", ""));
    return new CoSigners(more);
  }

  /** Without row {@code index}; the last row is kept (emptied) so that the fields stay. */
  public CoSigners without(int index) {
    if (index < 0 || index >= rows.size()) {
      return this;
    }
    List<ResidentSubmissions.CoSigner> fewer = new ArrayList<>(rows);
    fewer.remove(index);
    if (fewer.isEmpty()) {
      fewer.add(new ResidentSubmissions.CoSigner("", ""));
    }
    return new CoSigners(fewer);
  }

  /** {@link #MAX}, for the page. */
  public int max() {
    return MAX;
  }

  public boolean full() {
    return rows.size() >= MAX;
  }

  /** The rows filled in, in order: the people to invite. */
  public List<ResidentSubmissions.CoSigner> filled() {
    return rows.stream().filter(r -> !r.blank()).toList();
  }

  /**
   * Everything wrong with the rows at once, so that the resident can correct all of it in one go.
   */
  List<FormProblem> problems(SigningRequirement signing, String applicantEmail) {
    List<FormProblem> problems = new ArrayList<>();
    if (signing != SigningRequirement.SEVERAL) {
      if (!filled().isEmpty()) {
        problems.add(new FormProblem(name(0), "Bara du skriver under den här ansökan."));
      }
      return problems;
    }
    if (filled().isEmpty()) {
      problems.add(
          new FormProblem(
              name(0),
              "Ange vem mer som ska skriva under, till exempel den andra vårdnadshavaren."));
      return problems;
    }
    if (rows.size() > MAX) {
      problems.add(
          new FormProblem(name(MAX), "Du kan bjuda in högst " + MAX + " medundertecknare."));
    }
    String own = applicantEmail == null ? "" : applicantEmail.strip().toLowerCase(Locale.ROOT);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ResidentSubmissions.CoSigner row = rows.get(i);
      if (row.blank()) {
        continue;
      }
      int n = i + 1;
      if (row.name() == null || row.name().isBlank()) {
        problems.add(new FormProblem(name(i), "Skriv namnet på medundertecknare " + n + "."));
      }
      String email = row.email() == null ? "" : row.email().strip().toLowerCase(Locale.ROOT);
      if (email.isEmpty()) {
        problems.add(
            new FormProblem(email(i), "Skriv e-postadressen till medundertecknare " + n + "."));
      } else if (!EMAIL.matcher(email).matches()) {
        problems.add(
            new FormProblem(
                email(i),
                "Skriv e-postadressen till medundertecknare "
                    + n
                    + " i formatet namn@exempel.se."));
      } else if (email.equals(own)) {
        problems.add(
            new FormProblem(
                email(i),
                "Medundertecknare " + n + " ska ha en egen e-postadress, inte din egen."));
      } else if (!seen.add(email)) {
        problems.add(
            new FormProblem(
                email(i),
                "Medundertecknare "
                    + n
                    + " har samma e-postadress som en annan medundertecknare. Var och en får en"
                    + " egen inbjudan."));
      }
    }
    return problems;
  }

  static boolean validEmail(String email) {
    return email != null && EMAIL.matcher(email.strip()).matches();
  }

  static String name(int row) {
    return "coSigners-" + row + "-name";
  }

  static String email(int row) {
    return "coSigners-" + row + "-email";
  }
}
