package se.kansli.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;

/**
 * Full-text search in Swedish over cases and their documents (PostgreSQL text search with the
 * Swedish stemmer). Text is folded (å→a, ä→a, ö→o) on both sides, so OCR-style spellings without
 * diacritics find the real words and the other way round.
 */
@Service
public class CaseSearch {

  private final JdbcClient jdbc;

  CaseSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Staff search within the actor's organisations. */
  public SearchResult search(SearchQuery query, Actor actor) {
    Set<OrganisationId> orgs = actor.organisations();
    if (query.organisation() != null && !query.organisation().isBlank()) {
      orgs =
          orgs.stream()
              .filter(o -> o.value().equals(query.organisation()))
              .collect(java.util.stream.Collectors.toSet());
    }
    return run(query, orgs, false);
  }

  /** Public search in one organisation's registry: only what the public may see is searched. */
  SearchResult searchPublic(SearchQuery query, OrganisationId org) {
    return run(query, Set.of(org), true);
  }

  private SearchResult run(SearchQuery query, Set<OrganisationId> orgs, boolean publicOnly) {
    if (orgs.isEmpty()) {
      return new SearchResult(List.of(), query.page(), query.size(), false);
    }
    Map<String, Object> params = new HashMap<>();
    params.put("orgs", Cases.ids(orgs));
    StringBuilder sql = new StringBuilder();
    if (query.hasText()) {
      // Each branch carries what the order needs, so that only the page's cases are read whole;
      // the query is written out (not a CTE) so that the planner sees how common its words are.
      params.put("text", query.text().strip());
      String q = "websearch_to_tsquery('swedish', kansli_fold(:text))";
      sql.append("with matches as (select c.id, ts_rank(c.search_vector, ")
          .append(q)
          .append(") as rank, c.registered_at from cases c")
          .append(" where c.organisation_id = any(:orgs) and c.search_vector @@ ")
          .append(q);
      if (publicOnly) {
        sql.append(" and not (c.secret_fields && array['TITLE', 'DESCRIPTION'])");
      }
      appendFilters(query, sql, params);
      sql.append(" union all select c.id, ts_rank(d.search_vector, ")
          .append(q)
          .append(") * 0.5, c.registered_at from documents d join cases c on c.id = d.case_id")
          .append(" where d.organisation_id = any(:orgs) and d.search_vector @@ ")
          .append(q);
      if (publicOnly) {
        sql.append(" and d.public_access and d.secrecy_reference is null");
      }
      appendFilters(query, sql, params);
      sql.append(
          """
          ), ranked as (
            select id, max(rank) as rank, max(registered_at) as registered_at from matches
            group by id order by rank desc, registered_at desc, id limit :limit offset :offset)
          select c.*, r.rank from cases c join ranked r on r.id = c.id
          order by r.rank desc, r.registered_at desc, c.id
          """);
    } else {
      sql.append("select c.*, 0 as rank from cases c where c.organisation_id = any(:orgs)");
      appendFilters(query, sql, params);
      sql.append(" order by rank desc, c.registered_at desc, c.id limit :limit offset :offset");
    }
    params.put("limit", query.size() + 1);
    params.put("offset", query.page() * query.size());
    List<SearchHit> hits =
        new ArrayList<>(
            jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) ->
                    new SearchHit(
                        new CaseId(rs.getObject("id", UUID.class)),
                        rs.getString("organisation_id"),
                        rs.getString("case_number"),
                        rs.getInt("year"),
                        rs.getInt("serial"),
                        rs.getString("title"),
                        rs.getString("classification_code"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("case_officer_id", UUID.class),
                        rs.getString("secrecy_reference") != null))
                .list());
    boolean more = hits.size() > query.size();
    if (more) {
      hits.removeLast();
    }
    return new SearchResult(hits, query.page(), query.size(), more);
  }

  private static void appendFilters(
      SearchQuery query, StringBuilder sql, Map<String, Object> params) {
    if (query.year() != null) {
      sql.append(" and c.year = :year");
      params.put("year", query.year());
    }
    if (query.classificationCode() != null && !query.classificationCode().isBlank()) {
      // A class includes its sub-classes: 2.2 finds 2.2.0.1.
      sql.append(" and (c.classification_code = :code or c.classification_code like :codePrefix)");
      params.put("code", query.classificationCode().strip());
      params.put("codePrefix", query.classificationCode().strip() + ".%");
    }
    if (query.status() != null) {
      sql.append(" and c.status = :status");
      params.put("status", query.status().name());
    }
    if (query.caseOfficerId() != null) {
      sql.append(" and c.case_officer_id = :officer");
      params.put("officer", query.caseOfficerId());
    }
  }
}
