package se.kansli.registry;

/** Parts of a case that a secrecy marking can withhold from public view. */
public enum SecretField {
  TITLE,
  DESCRIPTION,
  PARTIES
}
