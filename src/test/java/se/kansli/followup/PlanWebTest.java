package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyView;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class PlanWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired PlanFixture fixture;
  @Autowired OperationalPlans plans;

  StaffUser secretaryUser;
  UserDetails secretary;

  @BeforeEach
  void signedIn() {
    secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = signIn.loadUserByUsername(secretaryUser.username());
  }

  @Test
  void aSecretaryBuildsAPlanAndSeesAttendanceAgainstTheTargetAsChartAndTable() throws Exception {
    PlanView plan = fixture.plan("e-namnden", secretaryUser.asActor());
    BodyView body = fixture.body("e-namnden", secretaryUser.asActor());
    fixture.meeting(body, LocalDate.of(plan.year(), 3, 16), 2, secretaryUser.asActor());
    String page = "/followup/plan/" + plan.id();

    mvc.perform(get("/followup/plan").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(plan.title()), containsString(page))));
    mvc.perform(
            post(page + "/goals")
                .with(user(secretary))
                .with(csrf())
                .param("text", "Nämndens ledamöter deltar aktivt"))
        .andExpect(status().is3xxRedirection());
    String goal = plans.get(plan.id(), secretaryUser.asActor()).goals().getFirst().id().toString();
    mvc.perform(
            post(page + "/indicators")
                .with(user(secretary))
                .with(csrf())
                .param("goal", goal)
                .param("name", "Närvaro vid nämndens sammanträden")
                .param("comparison", "AT_LEAST")
                .param("targetValue", "75")
                .param("unit", "PERCENT")
                .param("source", "BODY_ATTENDANCE")
                .param("body", body.id().toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/followup/plan/*"));

    mvc.perform(get(page).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Närvaro vid nämndens sammanträden"),
                        containsString("≥ 75 %"),
                        containsString("<svg"),
                        containsString("role=\"img\""),
                        containsString("Mål ≥ 75 %"),
                        containsString("2 av 4 ledamöter"),
                        containsString("Inte uppfyllt"),
                        containsString("Risk att målet inte nås"))));
  }

  @Test
  void aBadOutcomeComesBackWithTheMessageBesideTheFieldAndWhatWasTyped() throws Exception {
    PlanView plan = fixture.plan("e-namnden", secretaryUser.asActor());
    plan = plans.addGoal(plan.id(), new NewGoal("Avtal"), secretaryUser.asActor());
    plan =
        plans.addIndicator(
            plan.id(),
            new NewIndicator(
                plan.goals().getFirst().id(),
                "Antal ramavtal",
                Target.Comparison.AT_LEAST,
                java.math.BigDecimal.ONE,
                Target.TargetUnit.COUNT,
                "ramavtal",
                IndicatorSource.MANUAL,
                null),
            secretaryUser.asActor());
    String indicator = plan.goals().getFirst().indicators().getFirst().id().toString();
    mvc.perform(
            post("/followup/plan/" + plan.id() + "/indicators/" + indicator + "/outcomes")
                .with(user(secretary))
                .with(csrf())
                .param("period", "hösten")
                .param("value", "11"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Okänd period"),
                        containsString("id=\"period-" + indicator + "-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"hösten\""))));
    mvc.perform(
            post("/followup/plan/" + plan.id() + "/indicators/" + indicator + "/outcomes")
                .with(user(secretary))
                .with(csrf())
                .param("period", plan.year() + "-05")
                .param("value", "-3"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Värdet kan inte vara negativt.")));
    mvc.perform(
            post("/followup/plan/" + plan.id() + "/indicators/" + indicator + "/outcomes")
                .with(user(secretary))
                .with(csrf())
                .param("period", plan.year() + "-05")
                .param("value", "11")
                .param("comment", "I dagsläget finns 11 avtal"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/followup/plan/" + plan.id()).with(user(secretary)))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("11 ramavtal"),
                        containsString("I dagsläget finns 11 avtal"))));
  }

  @Test
  void goalsAndIndicatorsAreEditedAndRemovedOnThePlanPage() throws Exception {
    PlanView plan = fixture.plan("e-namnden", secretaryUser.asActor());
    plan = plans.addGoal(plan.id(), new NewGoal("Avtal"), secretaryUser.asActor());
    plan = plans.addGoal(plan.id(), new NewGoal("Tomt mål"), secretaryUser.asActor());
    String goal = plan.goals().getFirst().id().toString();
    String empty = plan.goals().getLast().id().toString();
    plan =
        plans.addIndicator(
            plan.id(),
            new NewIndicator(
                plan.goals().getFirst().id(),
                "Antal ramavtal",
                Target.Comparison.AT_LEAST,
                java.math.BigDecimal.TEN,
                Target.TargetUnit.COUNT,
                "ramavtal",
                IndicatorSource.MANUAL,
                null),
            secretaryUser.asActor());
    String indicator = plan.goals().getFirst().indicators().getFirst().id().toString();
    String page = "/followup/plan/" + plan.id();

    mvc.perform(get(page).with(user(secretary)))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("action=\"" + page + "/goals/" + goal + "\""),
                        containsString("<label for=\"text-" + goal + "\""),
                        containsString("action=\"" + page + "/indicators/" + indicator + "\""),
                        containsString("id=\"targetValue-" + indicator + "\""),
                        containsString("value=\"10\""),
                        containsString(page + "/indicators/" + indicator + "/delete"))));

    mvc.perform(
            post(page + "/goals/" + goal)
                .with(user(secretary))
                .with(csrf())
                .param("text", "Ramavtal finns"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern(page + "#goal-*"));
    mvc.perform(post(page + "/goals/" + goal + "/delete").with(user(secretary)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Målet har indikatorer"),
                        containsString("id=\"goal-" + goal + "-error\""),
                        containsString("-hint goal-" + goal + "-error\""))));
    mvc.perform(post(page + "/goals/" + empty + "/delete").with(user(secretary)).with(csrf()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(
            post(page + "/indicators/" + indicator)
                .with(user(secretary))
                .with(csrf())
                .param("goal", goal)
                .param("name", "Ramavtal i kraft")
                .param("comparison", "AT_LEAST")
                .param("targetValue", "tolv")
                .param("unit", "COUNT")
                .param("source", "MANUAL"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"targetValue-" + indicator + "-error\""),
                        containsString("value=\"tolv\""),
                        containsString("value=\"Ramavtal i kraft\""),
                        containsString("<details open"))));
    mvc.perform(
            post(page + "/indicators/" + indicator)
                .with(user(secretary))
                .with(csrf())
                .param("goal", goal)
                .param("name", "Ramavtal i kraft")
                .param("comparison", "AT_LEAST")
                .param("targetValue", "12")
                .param("unit", "COUNT")
                .param("unitLabel", "ramavtal")
                .param("source", "MANUAL"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page).with(user(secretary)))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ramavtal finns"),
                        containsString("Ramavtal i kraft"),
                        containsString("≥ 12 ramavtal"),
                        org.hamcrest.Matchers.not(containsString("Tomt mål")))));

    mvc.perform(
            post(page + "/indicators/" + indicator + "/delete").with(user(secretary)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(plans.get(plan.id(), secretaryUser.asActor()).goals().getFirst().indicators())
        .isEmpty();
  }

  @Test
  void anotherMunicipalityCannotEditOrRemoveGoalsAndIndicators() throws Exception {
    PlanView plan = fixture.plan("e-namnden", secretaryUser.asActor());
    plan = plans.addGoal(plan.id(), new NewGoal("Avtal"), secretaryUser.asActor());
    String goal = plan.goals().getFirst().id().toString();
    String page = "/followup/plan/" + plan.id();
    UserDetails kiruna =
        signIn.loadUserByUsername(staff.create(Role.ADMINISTRATOR, "kiruna").username());
    mvc.perform(post(page + "/goals/" + goal).with(user(kiruna)).with(csrf()).param("text", "X"))
        .andExpect(status().isNotFound());
    mvc.perform(post(page + "/goals/" + goal + "/delete").with(user(kiruna)).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(plans.get(plan.id(), secretaryUser.asActor()).goals())
        .extracting(PlanView.GoalView::text)
        .containsExactly("Avtal");
  }

  @Test
  void anotherMunicipalitysPlanIsNotFound() throws Exception {
    PlanView plan = fixture.plan("e-namnden", secretaryUser.asActor());
    UserDetails kiruna =
        signIn.loadUserByUsername(staff.create(Role.ADMINISTRATOR, "kiruna").username());
    mvc.perform(get("/followup/plan/" + plan.id()).with(user(kiruna)))
        .andExpect(status().isNotFound());
  }
}
