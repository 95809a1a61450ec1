package se.kansli.meetings;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute URLs that are the OParl objects' ids and the links between them. */
@Component
class OParlLinks {

  static final String PATH = "/api/public/oparl/v1.1";

  private final OParlProperties properties;

  OParlLinks(OParlProperties properties) {
    this.properties = properties;
  }

  /** The server's own address, without a trailing slash. */
  String site() {
    return properties.publicUrl() != null
        ? properties.publicUrl()
        : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
  }

  String system() {
    return api("/system");
  }

  String bodies() {
    return api("/bodies");
  }

  String body(String organisation) {
    return api("/body/" + organisation);
  }

  /** One of a body's object lists, e.g. {@code meetings}. */
  String bodyList(String organisation, String list) {
    return body(organisation) + "/" + list;
  }

  String organization(UUID body) {
    return api("/organization/" + body);
  }

  String organizationMeetings(UUID body) {
    return organization(body) + "/meetings";
  }

  String person(UUID seat) {
    return api("/person/" + seat);
  }

  String membership(UUID seat) {
    return api("/membership/" + seat);
  }

  String meeting(UUID meeting) {
    return api("/meeting/" + meeting);
  }

  String location(UUID meeting) {
    return api("/location/" + meeting);
  }

  String agendaItem(UUID item) {
    return api("/agendaItem/" + item);
  }

  String consultation(UUID item) {
    return api("/consultation/" + item);
  }

  String paper(UUID caseId) {
    return api("/paper/" + caseId);
  }

  /** The signed minutes of a meeting are its one file. */
  String file(UUID meeting) {
    return api("/file/" + meeting);
  }

  String fileContent(UUID meeting) {
    return file(meeting) + "/content";
  }

  String fileDownload(UUID meeting) {
    return file(meeting) + "/download";
  }

  String publicRegistry() {
    return site() + "/public/registry";
  }

  String publicCase(String organisation, int year, int serial) {
    return publicRegistry() + "/" + organisation + "/cases/" + year + "/" + serial;
  }

  private String api(String path) {
    return site() + PATH + path;
  }
}
