package se.kansli.registry;

/** A file as it arrived: its bytes and the name the sender gave it (which is not trusted). */
public record UploadedFile(String fileName, byte[] bytes) {

  public boolean empty() {
    return bytes == null || bytes.length == 0;
  }
}
