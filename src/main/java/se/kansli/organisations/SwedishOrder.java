package se.kansli.organisations;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Swedish alphabetical order (Å, Ä, Ö last), which the database's C collation does not give. */
final class SwedishOrder {

  private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

  static final Comparator<Organisation> BY_KIND_THEN_NAME =
      Comparator.comparing((Organisation o) -> o.kind() == Organisation.Kind.MUNICIPALITY)
          .thenComparing(Organisation::name, SWEDISH::compare);

  private SwedishOrder() {}
}
