package se.kansli.registry;

import java.util.List;

/** A page of search hits; {@code more} tells whether a next page exists. */
public record SearchResult(List<SearchHit> hits, int page, int size, boolean more) {}
