package se.kansli.messaging;

import java.util.UUID;

/** An attachment's description; the bytes are fetched separately with the same access check. */
public record AttachmentView(
    UUID id, String fileName, String mediaType, long size, String sha256) {}
