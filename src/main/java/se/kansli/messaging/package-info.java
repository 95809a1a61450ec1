/**
 * Secure messages between a resident and the officers of a municipality about one case: the thread,
 * internal notes that the resident never sees, read receipts, attachments checked by their bytes,
 * and notifications by e-mail and SMS that say only that a message is waiting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package se.kansli.messaging;
