package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class EServiceWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired EServices eservices;

  StaffUser adminUser;
  UserDetails admin;
  String word;

  @BeforeEach
  void signedIn() {
    adminUser = staff.create(Role.ADMINISTRATOR, "kiruna");
    admin = signIn.loadUserByUsername(adminUser.username());
    word = "webb" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAdministratorBuildsAFormWithAConditionPublishesItAndTheCatalogueShowsIt()
      throws Exception {
    mvc.perform(
            post("/eservices/admin")
                .with(user(admin))
                .with(csrf())
                .param("organisation", "kiruna")
                .param("title", "Felanmälan " + word)
                .param("description", "Anmäl fel på gator och i parker.")
                .param("category", "Bygga och bo")
                .param("classificationCode", "3.1.2")
                .param("officerGroup", "Gatuenheten")
                .param("loginRequired", "false")
                .param("signing", "NONE")
                .param("handlingDays", "14"))
        .andExpect(status().is3xxRedirection());
    EServiceView service =
        eservices.list(adminUser.asActor()).stream()
            .filter(s -> s.title().equals("Felanmälan " + word))
            .findFirst()
            .orElseThrow();
    String v = "/eservices/admin/versions/" + service.draft().id();

    mvc.perform(
            post(v + "/fields")
                .with(user(admin))
                .with(csrf())
                .param("page", "0")
                .param("type", "SINGLE_CHOICE")
                .param("key", "farligt")
                .param("label", "Är felet farligt?")
                .param("required", "true")
                .param("choices", "Ja\r\nNej"))
        .andExpect(status().is3xxRedirection());
    // A condition on a field that comes later is refused beside the condition's select.
    mvc.perform(
            post(v + "/fields")
                .with(user(admin))
                .with(csrf())
                .param("page", "0")
                .param("type", "LONG_TEXT")
                .param("key", "vad")
                .param("label", "Vad har hänt?")
                .param("conditionField", "senare")
                .param("conditionValue", "Ja"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString("visas beroende av ”senare”, som inte finns"),
                        containsString("aria-describedby=\"conditionField-error\""),
                        containsString("value=\"Vad har hänt?\""))));
    mvc.perform(
            post(v + "/fields")
                .with(user(admin))
                .with(csrf())
                .param("page", "0")
                .param("type", "LONG_TEXT")
                .param("key", "vad")
                .param("label", "Vad har hänt?")
                .param("conditionField", "farligt")
                .param("conditionValue", "Ja"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(v).with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString("farligt = Ja"), containsString("Publicera"))));
    mvc.perform(get(v + "/preview").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "<legend><span>Är felet farligt?</span><span> (obligatoriskt)</span></legend>"),
                        containsString("type=\"radio\""),
                        containsString(
                            "Besvaras bara om du har svarat ”Ja” på ”Är felet farligt?”."),
                        containsString("aria-describedby=\"f-vad-condition\""))));
    mvc.perform(post(v + "/publish").with(user(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(v + "/export").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(content().string(containsString("\"farligt\"")));

    // Public, without login.
    mvc.perform(get("/public/e-tjanster/kiruna").param("q", word))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Felanmälan " + word),
                        containsString("/public/e-tjanster/kiruna/" + service.slug()))));
    mvc.perform(get("/public/e-tjanster/kiruna").param("q", word).param("category", "Skola"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Felanmälan " + word))));
    mvc.perform(get("/public/e-tjanster/kiruna/" + service.slug()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Starta e-tjänsten"),
                        containsString("/e-tjanster/kiruna/" + service.slug() + "/start"),
                        containsString("utan att logga in"))));
    mvc.perform(get("/public/e-tjanster/lulea/" + service.slug())).andExpect(status().isNotFound());
  }

  @Test
  void aBrokenImportIsRefusedWithASwedishMessageAndNothingIsStored() throws Exception {
    EServiceView service =
        eservices.create(EServicesTest.settings("kiruna", "Import " + word), adminUser.asActor());
    eservices.discardDraft(service.draft().id(), adminUser.asActor());
    MockMultipartFile file =
        new MockMultipartFile(
            "json",
            "form.json",
            "application/json",
            "{\"form\":{\"pages\":[{\"title\":\"A\",\"fields\":[{\"key\":\"a\",\"type\":\"SLIDER\",\"label\":\"A\"}]}]}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    mvc.perform(
            multipart("/eservices/admin/" + service.id() + "/import")
                .file(file)
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("har en okänd fälttyp: SLIDER"),
                        containsString("aria-describedby=\"json-hint json-error\""))));
    assertThat(eservices.get(service.id(), adminUser.asActor()).versions()).isEmpty();
  }

  @Test
  void anotherMunicipalitysAdministratorGetsNotFound() throws Exception {
    EServiceView service =
        eservices.create(EServicesTest.settings("kiruna", "Kirunas " + word), adminUser.asActor());
    UserDetails lulea =
        signIn.loadUserByUsername(staff.create(Role.ADMINISTRATOR, "lulea").username());
    mvc.perform(get("/eservices/admin/" + service.id()).with(user(lulea)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/eservices/admin/versions/" + service.draft().id()).with(user(lulea)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/eservices/admin").with(user(lulea)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Kirunas " + word))));
  }
}
