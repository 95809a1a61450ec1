package se.kansli.portfolio;

import java.time.LocalDate;

/**
 * One revision of an initiative's directive, e.g. "Rev B", decided by "Styrgruppen" on 2022-05-04.
 * A revision is never changed: a new one is decided instead, and earlier ones are kept.
 */
public record DirectiveRevision(
    String revision, String scope, LocalDate decidedOn, String decidedBy) {}
