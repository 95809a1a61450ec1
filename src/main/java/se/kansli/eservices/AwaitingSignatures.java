package se.kansli.eservices;

import java.util.UUID;

/** An application of the resident's that is not sent in until everyone has signed it. */
public record AwaitingSignatures(UUID draftId, String title, SigningProgress progress) {}
