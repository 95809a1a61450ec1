package se.kansli.meetings;

import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import se.kansli.shared.InvalidInput;

/**
 * Which page of a list a client asked for. OParl leaves the page parameter to the server; {@code
 * limit} is the standard's own parameter for a client that wants smaller or larger pages.
 */
record OParlPaging(int page, int limit, boolean limitAsked) {

  static final int DEFAULT_LIMIT = 25;
  static final int MAX_LIMIT = 100;

  static OParlPaging of(Integer page, Integer limit) {
    if (page != null && page < 1) {
      throw new InvalidInput("page", "Sidorna numreras från 1.");
    }
    if (limit != null && limit < 1) {
      throw new InvalidInput("limit", "limit måste vara minst 1.");
    }
    return new OParlPaging(
        page == null ? 1 : page,
        limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT),
        limit != null);
  }

  int offset() {
    return (page - 1) * limit;
  }

  <T> OParlList<T> list(List<T> data, long total, String url) {
    int pages = (int) Math.max(1, (total + limit - 1) / limit);
    return new OParlList<>(
        data,
        new OParlList.Pagination(total, limit, page, pages),
        new OParlList.Links(
            link(url, 1),
            page > 1 ? link(url, Math.min(page - 1, pages)) : null,
            page < pages ? link(url, page + 1) : null,
            link(url, pages)));
  }

  /** Pages a list that is small enough to read whole, such as the organisations. */
  <T> OParlList<T> slice(List<T> all, String url) {
    List<T> page = all.stream().skip(offset()).limit(limit).toList();
    return list(page, all.size(), url);
  }

  private String link(String url, int number) {
    UriComponentsBuilder link = UriComponentsBuilder.fromUriString(url).queryParam("page", number);
    if (limitAsked) {
      link.queryParam("limit", limit);
    }
    return link.toUriString();
  }
}
