package se.kansli.registry;

/** One node of the classification scheme, such as 2.2.0.1 "Handlägga nämndärenden". */
public record ActivityClass(String code, String title, String description, int versionFrom) {

  public int depth() {
    return code.split("\\.").length;
  }

  public String parentCode() {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? null : code.substring(0, dot);
  }
}
