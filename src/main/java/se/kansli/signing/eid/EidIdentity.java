package se.kansli.signing.eid;

/** The person the eID proved, as the provider reports them. */
public record EidIdentity(
    String personalIdentityNumber, String name, String givenName, String surname) {}
