package se.kansli.minutesimport;

import java.util.List;

/**
 * The headings that divide an item, with the variants different municipalities' templates use,
 * written folded (see {@link Fold#key}). A heading that only says "here starts the decision" is
 * consumed; one that says something of its own (a vote, a dissent) is kept in the text so that the
 * proceedings still read as the minutes printed them.
 */
enum SectionHeading {
  DECISION(Field.DECISION, false, "beslut", "beslutet", "beslut i arendet"),
  SUMMARY(
      Field.SUMMARY,
      false,
      "sammanfattning av arendet",
      "sammanfattning",
      "arendebeskrivning",
      "arendet",
      "beskrivning av arendet",
      "bakgrund",
      "arendets beredning"),
  MEETING(
      Field.PROCEEDINGS,
      false,
      "sammantradet",
      "overlaggning",
      "diskussion",
      "behandling",
      "arendets behandling",
      "behandling av arendet",
      "arendets behandling under sammantradet"),
  MOTIONS(Field.PROCEEDINGS, true, "yrkanden", "yrkande", "yrkanden och beslutsgang"),
  PROCEDURE(
      Field.PROCEEDINGS,
      true,
      "beslutsgang",
      "propositionsordning",
      "proposition",
      "beslutsordning",
      "propositionsordning och beslutsgang"),
  VOTE(
      Field.PROCEEDINGS,
      true,
      "omrostning",
      "votering",
      "omrostningsresultat",
      "voteringsresultat",
      "voteringsproposition",
      "omrostningsproposition"),
  DISSENT(
      Field.PROCEEDINGS,
      true,
      "reservation",
      "reservationer",
      "reservation och protokollsanteckning"),
  CONFLICT_OF_INTEREST(Field.PROCEEDINGS, true, "jav", "javsanmalan", "anmalan om jav"),
  NOTE(
      Field.PROCEEDINGS,
      true,
      "protokollsanteckning",
      "protokollsanteckningar",
      "sarskilt yttrande",
      "sarskilda yttranden"),
  DECISION_BASIS(
      Field.DECISION_BASIS,
      false,
      "beslutsunderlag",
      "underlag till beslut",
      "underlag for beslut",
      "underlag",
      "handlingar i arendet"),
  RECIPIENTS(
      Field.RECIPIENTS,
      false,
      "beslutet skickas till",
      "beslut skickas till",
      "skickas till",
      "beslutet ska skickas till",
      "expedieras till",
      "beslutet expedieras till",
      "expediering",
      "expedierat till",
      "sandlista",
      "protokollsutdrag till",
      "utdrag till",
      "beslutet delges"),
  CLOSING(
      Field.CLOSING,
      true,
      "vid protokollet",
      "justeras",
      "underskrifter",
      "anslagsbevis",
      "bevis om anslag",
      "protokollet ar justerat",
      "justering");

  private final Field field;
  private final boolean keptInText;
  private final List<String> phrases;

  SectionHeading(Field field, boolean keptInText, String... phrases) {
    this.field = field;
    this.keptInText = keptInText;
    this.phrases = List.of(phrases);
  }

  Field field() {
    return field;
  }

  /** Whether the heading's own line stays in the field's text even when it opens the field. */
  boolean keptInText() {
    return keptInText;
  }

  List<String> phrases() {
    return phrases;
  }
}
