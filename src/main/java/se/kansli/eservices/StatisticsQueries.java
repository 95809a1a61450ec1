package se.kansli.eservices;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statistics read from e_service_submissions and e_service_visits, and the visit counts kept. */
@Repository
class StatisticsQueries {

  record Handling(
      UUID eService,
      String title,
      String organisation,
      String month,
      long submissions,
      long closed,
      Double median,
      Double p90,
      long withinTarget) {}

  record Visits(UUID eService, String title, String organisation, String month, long visitors) {}

  private final JdbcClient jdbc;

  StatisticsQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Per e-service, municipality and month (Swedish time) of submission. */
  List<Handling> handling(String[] organisations, int year) {
    return jdbc.sql(
            """
            with s as (
              select s.*, (s.submitted_at at time zone 'Europe/Stockholm') as local_submitted,
                     extract(epoch from s.closed_at - s.submitted_at) / 86400.0 as days
                from e_service_submissions s
               where s.organisation_id = any (:orgs))
            select s.e_service_id, e.title, s.organisation_id,
                   to_char(s.local_submitted, 'YYYY-MM') as month,
                   count(*) as submissions, count(s.closed_at) as closed,
                   percentile_cont(0.5) within group (order by s.days) as median,
                   percentile_cont(0.9) within group (order by s.days) as p90,
                   count(*) filter (where s.closed_at is not null
                     and (s.closed_at at time zone 'Europe/Stockholm')::date <= s.due_on) as within
              from s join e_services e on e.id = s.e_service_id
             where extract(year from s.local_submitted) = :year
             group by 1, 2, 3, 4
            """)
        .param("orgs", organisations)
        .param("year", year)
        .query((rs, n) ->
            new Handling(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getObject(7, Double.class),
                rs.getObject(8, Double.class),
                rs.getLong(9)))
        .list();
  }

  List<Visits> visits(String[] organisations, int year) {
    return jdbc.sql(
            """
            select v.e_service_id, e.title, v.organisation_id, to_char(v.day, 'YYYY-MM'),
                   sum(v.visitors)
              from e_service_visits v join e_services e on e.id = v.e_service_id
             where v.organisation_id = any (:orgs) and extract(year from v.day) = :year
             group by 1, 2, 3, 4
            """)
        .param("orgs", organisations)
        .param("year", year)
        .query((rs, n) ->
            new Visits(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5)))
        .list();
  }

  /** One more distinct visitor of the e-service in the organisation's catalogue that day. */
  void countVisitor(LocalDate day, String organisation, EServiceId eService) {
    jdbc.sql(
            """
            insert into e_service_visits (day, organisation_id, e_service_id, visitors)
            values (?, ?, ?, 1)
            on conflict (organisation_id, e_service_id, day)
            do update set visitors = e_service_visits.visitors + 1
            """)
        .params(day, organisation, eService.value())
        .update();
  }

  long visitors(LocalDate day, String organisation, EServiceId eService) {
    return jdbc.sql(
            "select coalesce(sum(visitors), 0) from e_service_visits"
                + " where day = ? and organisation_id = ? and e_service_id = ?")
        .params(day, organisation, eService.value())
        .query(Long.class)
        .single();
  }
}
