package se.kansli.portfolio;

/**
 * Command: an initiative as the coordinator describes it.
 *
 * @param steeringGroup one name or role a line, e.g. "Socialchef, Bodens kommun"
 */
public record NewInitiative(
    String organisation,
    InitiativeKind kind,
    InitiativePhase phase,
    String name,
    String description,
    String steeringGroup,
    String projectLead) {}
