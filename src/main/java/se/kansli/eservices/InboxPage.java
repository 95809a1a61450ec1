package se.kansli.eservices;

import java.util.List;

/** A page of an officer group's inbox, newest or oldest first. */
public record InboxPage(
    OfficerGroup group,
    InboxFilter filter,
    boolean oldestFirst,
    int page,
    int pageSize,
    long total,
    List<InboxRow> rows) {

  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }
}
