package se.kansli.eservices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.kansli.shared.PdfA;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submission's answers as the two documents filed in its case: a tagged PDF/A-2a for people and
 * JSON for systems (the version's id, the keys and the values exactly as kept).
 */
@Component
class AnswersDocument {

  private static final Locale SWEDISH = Locale.of("sv", "SE");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  private final ITemplateEngine templates;
  private final JsonMapper json;

  AnswersDocument(ITemplateEngine templates, JsonMapper json) {
    this.templates = templates;
    this.json = json;
  }

  byte[] pdf(
      EServiceVersionView version,
      String organisationName,
      String applicant,
      String caseNumber,
      Instant submittedAt,
      List<AnsweredPage> pages) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", version.title());
    model.put("organisationName", organisationName);
    model.put("applicant", applicant);
    model.put("caseNumber", caseNumber);
    model.put("submittedAt", TIME.format(submittedAt));
    model.put("version", version.number());
    model.put("pages", pages);
    return PdfA.write(
        templates.process("eservices/resident/pdf/answers", new Context(SWEDISH, model)));
  }

  byte[] json(
      EServiceVersionView version,
      String organisation,
      String caseNumber,
      Instant submittedAt,
      Map<String, List<String>> answers,
      List<DraftFileView> files) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("eService", version.eService().value().toString());
    document.put("version", version.id().value().toString());
    document.put("versionNumber", version.number());
    document.put("title", version.title());
    document.put("organisation", organisation);
    document.put("caseNumber", caseNumber);
    document.put("submittedAt", submittedAt.toString());
    document.put("answers", answers);
    document.put(
        "files",
        files.stream()
            .map(f ->
                Map.of(
                    "id", f.id().toString(),
                    "field", f.fieldKey(),
                    "name", f.fileName(),
                    "contentType", f.contentType(),
                    "sha256", f.sha256()))
            .toList());
    return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
  }
}
