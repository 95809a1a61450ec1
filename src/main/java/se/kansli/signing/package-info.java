/**
 * Signing: e-identification (BankID, Freja eID, a test eID for demos), signing orders with their
 * signers, PAdES seals with a visible stamp, public verification and metering of eID transactions.
 * Meetings and e-services use {@link se.kansli.signing.SigningOrders} and listen for its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing")
package se.kansli.signing;
