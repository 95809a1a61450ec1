package se.kansli.minutesimport;

import java.time.LocalDate;

/**
 * A body and a meeting date read together from a page header or footer ("E-nämnden 2022-06-22").
 *
 * @param body null when the line gave only a date
 */
record BodyDate(String body, LocalDate date) {}
