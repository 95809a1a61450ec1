package se.kansli.messaging;

import java.util.List;
import java.util.UUID;

/** Deliveries were queued in the outbox; they are attempted once the transaction has committed. */
record NoticesQueued(List<UUID> deliveries) {}
