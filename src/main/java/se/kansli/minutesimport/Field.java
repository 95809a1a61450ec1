package se.kansli.minutesimport;

/** Where a piece of an item's text belongs; the JSON names are those of {@link ParsedItem}. */
enum Field {
  TITLE("title", "rubrik"),
  CASE_NUMBER("caseNumber", "diarienummer"),
  DECISION("decision", "beslut"),
  SUMMARY("summary", "sammanfattning"),
  PROCEEDINGS("proceedings", "sammanträdet"),
  VOTES("votes", "omröstning"),
  DECISION_BASIS("decisionBasis", "beslutsunderlag"),
  RECIPIENTS("recipients", "beslutet skickas till"),
  /** Signatures and notices after an item: kept, but as unassigned text. */
  CLOSING("closing", "underskrifter");

  private final String jsonName;
  private final String swedishName;

  Field(String jsonName, String swedishName) {
    this.jsonName = jsonName;
    this.swedishName = swedishName;
  }

  String jsonName() {
    return jsonName;
  }

  String swedishName() {
    return swedishName;
  }
}
