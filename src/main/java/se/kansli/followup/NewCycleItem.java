package se.kansli.followup;

public record NewCycleItem(
    String organisation,
    CycleKind kind,
    String title,
    String directive,
    String owner,
    String ownerEmail,
    Integer dueMonth,
    Integer dueDay) {}
