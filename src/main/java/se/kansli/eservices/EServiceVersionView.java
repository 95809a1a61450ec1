package se.kansli.eservices;

import java.util.List;

/**
 * One version of an e-service as a submission needs it: the form and the e-service's settings. The
 * form of a published or retired version never changes.
 */
public record EServiceVersionView(
    EServiceVersionId id,
    EServiceId eService,
    String organisation,
    String slug,
    String title,
    int number,
    VersionStatus status,
    Form form,
    String classificationCode,
    String officerGroup,
    boolean loginRequired,
    SigningRequirement signing,
    List<String> statuses,
    int handlingDays) {

  public boolean editable() {
    return status == VersionStatus.DRAFT;
  }
}
