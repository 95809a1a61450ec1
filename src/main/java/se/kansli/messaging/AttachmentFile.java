package se.kansli.messaging;

/** An attachment's content for download, with the type detected when it was received. */
public record AttachmentFile(String fileName, String mediaType, byte[] bytes, String sha256) {}
