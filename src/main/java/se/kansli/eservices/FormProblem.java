package se.kansli.eservices;

/** Something wrong with an answer or a form definition: the field's key and a Swedish message. */
public record FormProblem(String field, String message) {}
