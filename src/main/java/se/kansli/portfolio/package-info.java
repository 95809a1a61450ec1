/**
 * The committee's portfolio: the shared services it runs and which municipalities take part in each
 * and since when, the initiatives (needs analyses, prestudies, projects, procurements) it
 * coordinates, and the agreements signed through it. Participation is the one source that the
 * budget's allocation among participants reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package se.kansli.portfolio;
