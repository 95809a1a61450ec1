/**
 * Secure messages between a resident and the officers of a municipality about one case: the thread,
 * internal notes that the resident never sees, read receipts, attachments checked by their bytes;
 * and the one way residents are notified ({@link se.kansli.messaging.ResidentNotices}: receipts,
 * new statuses, messages waiting) by e-mail and SMS, through an outbox retried until delivered,
 * saying only that something waits on My pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package se.kansli.messaging;
