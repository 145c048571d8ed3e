package id.okoce.domain.stage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which stages must be done before a stage may be completed. The default,
 * {@link #allEarlierStages()}, requires every earlier stage; a regional fork may replace it
 * (e.g. to let P6 be done before P5).
 */
@FunctionalInterface
public interface StagePrerequisitePolicy {

    /**
     * The prerequisites of {@code stage} that {@code record} does not have yet; empty when the
     * stage may be completed now.
     */
    Set<Stage> missingPrerequisites(Stage stage, StageRecord record);

    /** The default: every earlier stage must be done. */
    static StagePrerequisitePolicy allEarlierStages() {
        return (stage, record) -> {
            Set<Stage> missing = EnumSet.noneOf(Stage.class);
            for (Stage earlier : stage.earlier()) {
                if (!record.isDone(earlier)) {
                    missing.add(earlier);
                }
            }
            return missing;
        };
    }
}
