package se.kansli.meetings;

import java.util.List;

/** One page of an OParl external object list, with the links a client follows to the next. */
record OParlList<T>(List<T> data, Pagination pagination, Links links) {

  record Pagination(long totalElements, int elementsPerPage, int currentPage, int totalPages) {}

  record Links(String first, String prev, String next, String last) {}
}
