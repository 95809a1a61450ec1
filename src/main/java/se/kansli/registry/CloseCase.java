package se.kansli.registry;

import java.time.LocalDate;

/** Command: close a case with its closing date (today when not given) and outcome. */
public record CloseCase(LocalDate closedOn, String outcome) {}
