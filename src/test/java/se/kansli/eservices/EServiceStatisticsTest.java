package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

@KansliTest
class EServiceStatisticsTest {

  static final Instant MARCH = Instant.parse("2025-03-10T09:00:00Z");
  static final LocalDate DUE = LocalDate.of(2025, 3, 15);

  @Autowired EServiceStatistics statistics;
  @Autowired VisitorCounter counter;
  @Autowired SubmissionFixture fixture;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService signIn;

  EServiceView service;
  StaffUser kirunaUser;
  Actor kiruna;

  @BeforeEach
  void anEService() {
    service = fixture.service("kiruna", "Statistikgruppen", 5);
    kirunaUser = staff.create(Role.CASE_OFFICER, "kiruna");
    kiruna = kirunaUser.asActor();
  }

  @Test
  void countsSubmissionsHandlingTimePercentilesAndTheShareWithinTarget() {
    for (int days : List.of(2, 4, 10)) {
      var s = fixture.submit(service, "kiruna", null, MARCH, DUE);
      fixture.closeAt(s.id(), MARCH.plus(Duration.ofDays(days)));
    }
    fixture.submit(service, "kiruna", null, MARCH, DUE);

    StatisticsRow row = march(kiruna);
    assertThat(row.submissions()).isEqualTo(4);
    assertThat(row.closed()).isEqualTo(3);
    assertThat(row.medianDays()).isEqualTo(4.0);
    // percentile_cont: 4 + 0.8 × (10 − 4)
    assertThat(row.p90Days()).isEqualTo(8.8);
    assertThat(row.withinTarget()).isEqualTo(2.0 / 3);
    assertThat(row.withinTargetText()).isEqualTo("67 %");
    assertThat(statistics.year(2025, staff.actor(Role.ADMINISTRATOR, "lulea")))
        .noneMatch(r -> r.eService().equals(service.id()));
  }

  @Test
  void theSameVisitorCountsOncePerDayAndNoAddressIsStored() {
    LocalDate day = LocalDate.of(2025, 3, 11);
    assertThat(counter.visit(day, "kiruna", service.id(), "10.1.2.3", "Firefox")).isTrue();
    assertThat(counter.visit(day, "kiruna", service.id(), "10.1.2.3", "Firefox")).isFalse();
    assertThat(counter.visit(day, "kiruna", service.id(), "10.1.2.3", "Safari")).isTrue();
    assertThat(counter.visit(day.plusDays(1), "kiruna", service.id(), "10.1.2.3", "Firefox"))
        .as("a new day, a new key: yesterday's visitor cannot be recognised")
        .isTrue();

    assertThat(march(kiruna).visitors()).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select column_name from information_schema.columns"
                        + " where table_name = 'e_service_visits' order by ordinal_position")
                .query(String.class)
                .list())
        .containsExactly("day", "organisation_id", "e_service_id", "visitors");
    assertThat(
            jdbc.sql(
                    "select string_agg(row_to_json(v)::text, ' ') from e_service_visits v"
                        + " where e_service_id = ?")
                .param(service.id().value())
                .query(String.class)
                .single())
        .doesNotContain("10.1.2.3")
        .doesNotContain("Firefox");
  }

  @Test
  void aCataloguePageViewIsCountedOncePerVisitor() throws Exception {
    String page = "/public/e-tjanster/kiruna/" + service.slug();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              get(page)
                  .header("User-Agent", "Testwebbläsare")
                  .with(r -> {
                    r.setRemoteAddr("192.0.2.7");
                    return r;
                  }))
          .andExpect(status().isOk());
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    assertThat(
            jdbc.sql("select visitors from e_service_visits where e_service_id = ? and day = ?")
                .params(service.id().value(), today)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void thePageTheCsvAndTheJsonShowTheFigures() throws Exception {
    var s = fixture.submit(service, "kiruna", null, MARCH, DUE);
    fixture.closeAt(s.id(), MARCH.plus(Duration.ofDays(3)));
    mvc.perform(
            get("/eservices/statistics")
                .param("year", "2025")
                .with(user(signIn.loadUserByUsername(kirunaUser.username()))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(service.title())));
    String csv =
        new String(
            mvc.perform(
                    get("/eservices/statistics/export.csv")
                        .param("year", "2025")
                        .with(user(signIn.loadUserByUsername(kirunaUser.username()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\ufeffE-tjänst;").contains(";2025-03;1;1;3,0;3,0;100;");
    mvc.perform(
            get("/api/eservices/statistics")
                .param("year", "2025")
                .with(httpBasic(kirunaUser.username(), TestStaff.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"month\":\"2025-03\"")));
  }

  private StatisticsRow march(Actor actor) {
    return statistics.year(2025, actor).stream()
        .filter(r -> r.eService().equals(service.id()) && r.month().equals("2025-03"))
        .findFirst()
        .orElseThrow();
  }
}
