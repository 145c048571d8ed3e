package id.okoce.domain.stage;

import java.util.Objects;

/**
 * The replaceable parts of the stage rules, passed to a member when a stage is completed.
 *
 * @param prerequisites which stages must come first
 * @param availability  where each stage is delivered
 */
public record StageRules(StagePrerequisitePolicy prerequisites, StageAvailability availability) {

    /** Checks both parts are present. */
    public StageRules {
        Objects.requireNonNull(prerequisites, "prerequisites");
        Objects.requireNonNull(availability, "availability");
    }

    /** The default prerequisite policy with the given availability. */
    public static StageRules standard(StageAvailability availability) {
        return new StageRules(StagePrerequisitePolicy.allEarlierStages(), availability);
    }
}
