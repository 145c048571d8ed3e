package id.okoce.domain.network;

import id.okoce.domain.region.Province;
import id.okoce.domain.stage.Stage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The stages one province can deliver on a date.
 *
 * @param province the province
 * @param stages   the stages available there, in order
 */
public record ProvinceCoverage(Province province, Set<Stage> stages) {

    /** Copies the stages. */
    public ProvinceCoverage {
        Objects.requireNonNull(province, "province");
        stages = Collections.unmodifiableSet(stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages));
    }

    /** Whether all seven stages are available. */
    public boolean complete() {
        return stages.size() == Stage.values().length;
    }
}
