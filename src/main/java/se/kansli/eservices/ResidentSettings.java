package se.kansli.eservices;

/** Command: the resident's contact details and how they want to be notified. */
public record ResidentSettings(String email, String phone, ResidentNotification notifyBy) {}
