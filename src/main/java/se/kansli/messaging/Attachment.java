package se.kansli.messaging;

/** A file sent with a message, as uploaded; its type is judged from the bytes, not the name. */
public record Attachment(String fileName, byte[] bytes) {

  public boolean empty() {
    return bytes == null || bytes.length == 0;
  }
}
