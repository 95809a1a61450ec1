package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class InboxWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired OfficerGroups groups;
  @Autowired Inbox inbox;
  @Autowired SubmissionFixture fixture;

  OfficerGroup group;
  EServiceView service;
  StaffUser officer;
  UserDetails me;

  @BeforeEach
  void anOfficerOfAGroup() {
    String name = "Parkenheten " + UUID.randomUUID().toString().substring(0, 8);
    group = new OfficerGroup("kiruna", name);
    service = fixture.service("kiruna", name, 10);
    officer = staff.create(Role.CASE_OFFICER, "kiruna");
    groups.add(group, officer.id(), staff.actor(Role.ADMINISTRATOR, "kiruna"));
    me = signIn.loadUserByUsername(officer.username());
  }

  @Test
  void theInboxListsTheGroupsSubmissionsWithAnOverdueFlagInWords() throws Exception {
    var late =
        fixture.submit(
            service,
            "kiruna",
            null,
            Instant.now().minus(30, ChronoUnit.DAYS),
            LocalDate.now().minusDays(2));
    mvc.perform(
            get("/eservices/inbox")
                .param("group", group.key())
                .param("filter", "OVERDUE")
                .with(user(me)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(late.caseView().caseNumber()),
                        containsString("Försenad"),
                        containsString(service.title()),
                        containsString("aria-current=\"page\""))));
  }

  @Test
  void theDetailPageTakesAndChangesStatusAndShowsARefusalBesideTheField() throws Exception {
    var s = fixture.submit(service, "kiruna", null);
    String page = "/eservices/inbox/" + s.id();
    mvc.perform(get(page).with(user(me)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ta ärendet"),
                        containsString("/cases/" + s.caseView().id()),
                        containsString("Var är felet?"),
                        containsString("Storgatan 3"),
                        not(containsString("Dolt svar")))));

    mvc.perform(post(page + "/take").with(user(me)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(inbox.get(s.id(), officer.asActor()).assignedTo()).isEqualTo(officer.id());

    mvc.perform(
            post(page + "/status")
                .param("status", "Påhittad")
                .param("comment", "Kvar i fältet")
                .with(user(me))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"status-error\""),
                        containsString("Välj en status i e-tjänstens flöde"),
                        containsString("Kvar i fältet"))));

    mvc.perform(post(page + "/status").param("status", "Avslutad").with(user(me)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(inbox.get(s.id(), officer.asActor()).closed()).isTrue();
  }

  @Test
  void theBulkActionTakesEveryTickedSubmission() throws Exception {
    var a = fixture.submit(service, "kiruna", null);
    var b = fixture.submit(service, "kiruna", null);
    mvc.perform(
            post("/eservices/inbox/bulk")
                .param("group", group.key())
                .param("filter", "NEW")
                .param("ids", a.id().toString(), b.id().toString())
                .param("action", "take")
                .with(user(me))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(inbox.get(a.id(), officer.asActor()).assignedTo()).isEqualTo(officer.id());
    assertThat(inbox.get(b.id(), officer.asActor()).assignedTo()).isEqualTo(officer.id());

    mvc.perform(
            post("/eservices/inbox/bulk")
                .param("group", group.key())
                .param("filter", "MINE")
                .param("ids", a.id().toString())
                .param("action", "status")
                .param("status", "Inkommen")
                .with(user(me))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"bulk-status-error\"")));
  }

  @Test
  void theCsvIsUtf8WithABomSemicolonsAndNoFormulas() throws Exception {
    fixture.submit(service, "kiruna", null);
    byte[] body =
        mvc.perform(
                get("/eservices/inbox/export.csv")
                    .param("group", group.key())
                    .param("filter", "OPEN")
                    .with(user(me)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String csv = new String(body, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\ufeffÄrendenummer;E-tjänst;Inkommen;Status;");
    assertThat(csv).contains(service.title()).contains(";\"Inkommen\";");
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void anotherMunicipalitysSubmissionIsNotFound() throws Exception {
    var s = fixture.submit(service, "kiruna", null);
    UserDetails lulea =
        signIn.loadUserByUsername(staff.create(Role.ADMINISTRATOR, "lulea").username());
    mvc.perform(get("/eservices/inbox/" + s.id()).with(user(lulea)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anAdministratorAddsAndRemovesMembersAndOthersMayNot() throws Exception {
    StaffUser adminUser = staff.create(Role.ADMINISTRATOR, "kiruna");
    UserDetails admin = signIn.loadUserByUsername(adminUser.username());
    StaffUser newcomer = staff.create(Role.CASE_OFFICER, "kiruna");
    mvc.perform(get("/eservices/groups").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(group.name())));
    mvc.perform(
            post("/eservices/groups/members")
                .param("group", group.key())
                .param("userId", newcomer.id().toString())
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(groups.isMember(group, newcomer.id())).isTrue();
    mvc.perform(
            post("/eservices/groups/members")
                .param("group", group.key())
                .param("userId", staff.create(Role.CASE_OFFICER, "lulea").id().toString())
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("arbetar i organisationen")));
    mvc.perform(
            post("/eservices/groups/members/remove")
                .param("group", group.key())
                .param("userId", newcomer.id().toString())
                .with(user(me))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/eservices/groups/members/remove")
                .param("group", group.key())
                .param("userId", newcomer.id().toString())
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(groups.isMember(group, newcomer.id())).isFalse();
  }
}
