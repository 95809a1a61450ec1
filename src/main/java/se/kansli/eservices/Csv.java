package se.kansli.eservices;

/** Spreadsheet-safe CSV cells for the e-services' exports (semicolons, UTF-8 with BOM). */
final class Csv {

  /** Excel reads UTF-8 only with a byte order mark; without it å, ä and ö break. */
  static final String BOM = "\ufeff";

  private Csv() {}

  /**
   * A quoted cell. A text starting with =, +, -, @, tab or carriage return would be run as a
   * formula by a spreadsheet (CSV injection), so it gets a leading apostrophe.
   */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
