package se.kansli.eservices;

import se.kansli.shared.ResidentId;

/** A resident's account as My pages shows it. */
public record ResidentView(
    ResidentId id,
    String personalIdentityNumber,
    String name,
    String email,
    String phone,
    ResidentNotification notifyBy) {}
