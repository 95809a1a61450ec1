package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.MinimalPdf;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.SecretField;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A civic tool walks the OParl 1.1 API from the System object to the meetings of one committee, and
 * every answer is checked against the OParl 1.1 schemas in src/test/resources/oparl/1.1.
 */
@KansliTest
class OParlApiTest {

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

  @Autowired MockMvc mvc;
  @Autowired MeetingFixture fixture;
  @Autowired MeetingPlanner planner;
  @Autowired MeetingMinutes minutes;
  @Autowired CaseRegistry cases;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  /** Every response body, to check at the end that nothing private slipped into any of them. */
  final StringBuilder everything = new StringBuilder();

  Actor secretary;
  BodyView body;
  String secretTitle;
  MeetingView attested;
  MeetingView noticed;
  MeetingView cancelled;
  MeetingView planned;
  byte[] sealedPdf;

  @BeforeEach
  void aCommitteeWithMeetingsInEveryState() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    body = fixture.committee(secretary);
    secretTitle = "Orosanmälan om Tolvan " + UUID.randomUUID();
    CaseView secret =
        cases.register(
            new RegisterCase(
                "e-namnden",
                "2.2.0.1",
                secretTitle,
                null,
                null,
                null,
                "OSL 26 kap. 1 §",
                Set.of(SecretField.TITLE),
                "Ärende om enskild"),
            secretary);

    attested = fixture.meeting(body, LocalDate.of(2024, 3, 12), 1, secretary);
    attested = planner.addCase(attested.id(), secret.id(), secretary);
    attested = minutes.numberItems(attested.id(), null, secretary);
    for (AgendaItemView item : attested.items()) {
      minutes.writeItem(attested.id(), item.id(), decision("Beslut i " + item.title()), secretary);
    }
    minutes.recordAttendance(
        attested.id(),
        new RecordAttendance(
            body.membersOn(attested.date()).stream()
                .map(m -> new RecordAttendance.Entry(m.id(), AttendanceStatus.PRESENT, null))
                .toList(),
            ""),
        secretary);
    sealedPdf = MinimalPdf.withText("Protokoll");
    jdbc.sql(
            """
            update meetings set status = 'ATTESTED', notice_sent_at = now(), attested_at = now(),
                   sealed_minutes = ? where id = ?
            """)
        .params(sealedPdf, attested.id().value())
        .update();

    noticed = fixture.meeting(body, LocalDate.of(2024, 6, 10), 1, secretary);
    sendNotice(noticed);
    cancelled = fixture.meeting(body, LocalDate.of(2024, 5, 6), 1, secretary);
    sendNotice(cancelled);
    planner.cancel(cancelled.id(), secretary);
    planned = fixture.meeting(body, LocalDate.of(2024, 9, 9), 1, secretary);
  }

  @Test
  void aCivicToolWalksFromTheSystemToTheCommitteesMeetingsAndEveryAnswerFollowsOParl11()
      throws Exception {
    JsonNode system = object("/api/public/oparl/v1.1/system", "System");
    assertThat(system.get("oparlVersion").asString()).isEqualTo("https://schema.oparl.org/1.1/");

    JsonNode committee = findInList(system.get("body").asString(), "Body", "/body/e-namnden");
    JsonNode committeeBody = object(committee.get("id").asString(), "Body");
    for (String list :
        List.of("person", "paper", "agendaItem", "consultation", "file", "locationList")) {
      walkList(committeeBody.get(list).asString(), typeOf(list));
    }
    walkList(committeeBody.get("membership").asString(), "Membership");
    assertThat(object(committeeBody.get("legislativeTermList").asString(), "List").get("data"))
        .isEmpty();

    JsonNode organization =
        findInList(
            committeeBody.get("organization").asString(), "Organization", body.id().toString());
    assertThat(organization.get("name").asString()).isEqualTo(body.name());
    assertThat(organization.get("membership")).hasSize(body.seats().size());

    List<JsonNode> meetings = walkList(organization.get("meeting").asString(), "Meeting");
    assertThat(meetings)
        .extracting(m -> m.get("id").asString())
        .as("from the notice on; never a meeting still being planned")
        .containsExactly(meetingUrl(attested), meetingUrl(cancelled), meetingUrl(noticed));
    assertThat(meetings.get(1).get("cancelled").asBoolean()).isTrue();
    assertThat(meetings.get(2).get("cancelled").asBoolean()).isFalse();

    JsonNode meeting = object(meetingUrl(attested), "Meeting");
    assertThat(meeting.get("start").asString()).isEqualTo("2024-03-12T09:00:00+01:00");
    assertThat(meeting.get("end").asString()).isEqualTo("2024-03-12T12:00:00+01:00");
    assertThat(meeting.get("location").get("description").asString()).isEqualTo("Stadshuset");
    object(meeting.get("location").get("id").asString(), "Location");

    List<JsonNode> items = new ArrayList<>();
    meeting.get("agendaItem").forEach(items::add);
    assertThat(items).extracting(i -> i.get("number").asString()).containsExactly("1", "2");
    assertThat(items).extracting(i -> i.get("order").asInt()).containsExactly(1, 2);
    JsonNode open = items.get(0);
    assertThat(open.get("public").asBoolean()).isTrue();
    assertThat(open.get("resolutionText").asString()).startsWith("Beslut i Ärende 0");
    JsonNode confidential = items.get(1);
    assertThat(confidential.get("name").asString()).isEqualTo("Ärende om enskild");
    assertThat(confidential.get("public").asBoolean()).isFalse();
    assertThat(confidential.has("resolutionText")).isFalse();

    JsonNode item = object(open.get("id").asString(), "AgendaItem");
    assertThat(item.get("meeting").asString()).isEqualTo(meetingUrl(attested));
    JsonNode consultation = object(item.get("consultation").asString(), "Consultation");
    JsonNode paper = object(consultation.get("paper").asString(), "Paper");
    assertThat(paper.get("reference").asString()).isEqualTo(attested.items().get(0).caseNumber());
    assertThat(paper.get("name").asString()).isEqualTo("Ärende 0");
    JsonNode secretPaper =
        object(
            object(confidential.get("consultation").asString(), "Consultation")
                .get("paper")
                .asString(),
            "Paper");
    assertThat(secretPaper.get("name").asString()).isEqualTo("Ärende om enskild");

    List<String> participants = new ArrayList<>();
    meeting.get("participant").forEach(p -> participants.add(p.asString()));
    assertThat(participants).hasSize(body.membersOn(attested.date()).size());
    JsonNode person = object(participants.getFirst(), "Person");
    assertThat(person.get("name").asString()).startsWith("Ledamot ");
    object(person.get("membership").get(0).get("id").asString(), "Membership");

    JsonNode minutesFile = meeting.get("resultsProtocol");
    object(minutesFile.get("id").asString(), "File");
    assertThat(minutesFile.get("sha512Checksum").asString()).isEqualTo(sha512(sealedPdf));
    assertThat(minutesFile.get("size").asLong()).isEqualTo(sealedPdf.length);
    MockHttpServletResponse download =
        mvc.perform(get(minutesFile.get("downloadUrl").asString())).andReturn().getResponse();
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getContentType()).isEqualTo("application/pdf");
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(download.getContentAsByteArray()).isEqualTo(sealedPdf);
    MockHttpServletResponse shown =
        mvc.perform(get(minutesFile.get("accessUrl").asString())).andReturn().getResponse();
    assertThat(shown.getHeader("Content-Disposition")).startsWith("inline");

    JsonNode noticedMeeting = object(meetingUrl(noticed), "Meeting");
    assertThat(noticedMeeting.has("resultsProtocol")).isFalse();
    assertThat(noticedMeeting.has("participant")).isFalse();

    assertThat(status(meetingUrl(planned))).isEqualTo(404);
    assertThat(status(fileUrl(noticed))).isEqualTo(404);
    assertThat(status("/api/public/oparl/v1.1/file/" + planned.id() + "/download")).isEqualTo(404);

    assertThat(everything.toString())
        .as("no e-mail address, and never a confidential item's real title")
        .doesNotContainPattern(EMAIL)
        .doesNotContain(secretTitle)
        .doesNotContain(planned.id().toString());
  }

  @Test
  void listsArePagedWithLinksToTheNextPage() throws Exception {
    JsonNode first = object("/api/public/oparl/v1.1/bodies?limit=4", "List");
    assertThat(first.get("data")).hasSize(4);
    assertThat(first.get("pagination").get("totalElements").asInt()).isEqualTo(15);
    assertThat(first.get("pagination").get("totalPages").asInt()).isEqualTo(4);
    assertThat(first.get("links").has("prev")).isFalse();
    JsonNode last = object(first.get("links").get("last").asString(), "List");
    assertThat(last.get("data")).hasSize(3);
    assertThat(last.get("links").has("next")).isFalse();
    assertThat(walkList("/api/public/oparl/v1.1/bodies?limit=4", "Body")).hasSize(15);
  }

  @Test
  void theSchemasRejectWhatOParlDoesNotAllow() {
    JsonNode invented =
        json.readTree(
            """
            {"id": "https://example.se/meeting/1", "type": "https://schema.oparl.org/1.1/Meeting",
             "start": "tisdag förmiddag", "email": "ledamot@example.se"}
            """);
    assertThat(schema("Meeting").validate(invented))
        .extracting(Error::getMessage)
        .anyMatch(m -> m.contains("date-time"))
        .anyMatch(m -> m.contains("email"));
  }

  private JsonNode object(String url, String type) throws Exception {
    JsonNode node = json.readTree(read(url));
    assertValid(node, type, url);
    return node;
  }

  /** Reads every page of a list, validating the list and each object in it. */
  private List<JsonNode> walkList(String url, String type) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    String next = url;
    while (next != null) {
      JsonNode page = object(next, "List");
      for (JsonNode element : page.get("data")) {
        assertValid(element, type, next);
        all.add(element);
      }
      next = page.get("links").has("next") ? page.get("links").get("next").asString() : null;
    }
    return all;
  }

  private JsonNode findInList(String url, String type, String idEnding) throws Exception {
    return walkList(url, type).stream()
        .filter(n -> n.get("id").asString().endsWith(idEnding))
        .findFirst()
        .orElseThrow(() -> new AssertionError(idEnding + " is not in " + url));
  }

  private String read(String url) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(url + " " + body).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("application/json");
    everything.append(body).append('\n');
    return body;
  }

  private int status(String url) throws Exception {
    return mvc.perform(get(url)).andReturn().getResponse().getStatus();
  }

  private void assertValid(JsonNode node, String type, String where) {
    List<Error> errors = schema(type).validate(node);
    assertThat(errors).as(where + " against " + type + ".json: " + node).isEmpty();
  }

  private static Schema schema(String type) {
    return SCHEMAS.getSchema(SchemaLocation.of("classpath:oparl/1.1/" + type + ".json"));
  }

  private static String typeOf(String bodyList) {
    return switch (bodyList) {
      case "person" -> "Person";
      case "paper" -> "Paper";
      case "agendaItem" -> "AgendaItem";
      case "consultation" -> "Consultation";
      case "file" -> "File";
      case "locationList" -> "Location";
      default -> throw new IllegalArgumentException(bodyList);
    };
  }

  private void sendNotice(MeetingView meeting) {
    jdbc.sql("update meetings set status = 'NOTICE_SENT', notice_sent_at = now() where id = ?")
        .param(meeting.id().value())
        .update();
  }

  private static ItemMinutes decision(String text) {
    return new ItemMinutes(
        null, text, null, null, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
  }

  private static String meetingUrl(MeetingView meeting) {
    return "http://localhost/api/public/oparl/v1.1/meeting/" + meeting.id();
  }

  private static String fileUrl(MeetingView meeting) {
    return "http://localhost/api/public/oparl/v1.1/file/" + meeting.id();
  }

  private static String sha512(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
  }
}
