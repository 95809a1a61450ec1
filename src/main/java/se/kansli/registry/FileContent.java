package se.kansli.registry;

/** A file to hand out for download. */
public record FileContent(String fileName, String contentType, String sha256, byte[] bytes) {}
