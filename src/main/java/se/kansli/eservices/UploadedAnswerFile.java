package se.kansli.eservices;

/** A file posted for a file upload field, before it is checked. */
public record UploadedAnswerFile(String fieldKey, String fileName, byte[] bytes) {

  public boolean empty() {
    return bytes == null || bytes.length == 0;
  }
}
