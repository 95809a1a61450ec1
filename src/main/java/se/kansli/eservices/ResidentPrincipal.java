package se.kansli.eservices;

import java.io.Serializable;
import se.kansli.shared.ResidentId;

/**
 * The resident signed in on the e-service pages and My pages. Kept in the session under its own
 * key, apart from the staff's principal, so that neither kind of login opens the other's pages.
 */
public record ResidentPrincipal(ResidentId id, String name) implements Serializable {}
