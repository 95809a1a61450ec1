package se.kansli.signing.eid;

/**
 * What the provider returned as proof, kept with the signed document: for BankID its signature
 * (base64 XML) and OCSP response; for Freja its signed JWS.
 */
public record EidEvidence(String provider, String signature, String ocspResponse) {}
