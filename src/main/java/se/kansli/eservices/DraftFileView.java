package se.kansli.eservices;

import java.util.UUID;

/** A file attached to a draft, with its type as detected from its bytes. */
public record DraftFileView(
    UUID id, String fieldKey, String fileName, String contentType, long sizeBytes, String sha256) {}
