package se.kansli.signing.eid;

/**
 * A started authentication or signature.
 *
 * @param autoStartToken for same-device start (bankid:///?autostarttoken=…); null if not used
 */
public record EidOrder(String provider, String orderRef, String autoStartToken) {}
