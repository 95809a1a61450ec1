package se.kansli.meetings;

/** The signed and sealed minutes of a meeting, as a file to download. */
public record MinutesPdf(String fileName, byte[] content, String sha256) {}
