package se.kansli.eservices;

/** A field is shown only when an earlier field has been answered with this value. */
public record Condition(String field, String value) {}
