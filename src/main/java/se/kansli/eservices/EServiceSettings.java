package se.kansli.eservices;

import java.util.List;

/**
 * Command: an e-service's settings. The organisation is read only when the e-service is created;
 * empty statuses give the default case flow.
 */
public record EServiceSettings(
    String organisation,
    String title,
    String description,
    String category,
    String classificationCode,
    String officerGroup,
    Boolean loginRequired,
    SigningRequirement signing,
    List<String> statuses,
    Integer handlingDays) {}
