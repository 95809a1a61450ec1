package se.kansli.signing.eid;

/**
 * The person the eID proved, as the provider reports them. Other modules receive it from {@link
 * se.kansli.signing.EidAuthentication}, so it is the one type of this package they may use.
 */
@org.springframework.modulith.NamedInterface("eid")
public record EidIdentity(
    String personalIdentityNumber, String name, String givenName, String surname) {}
