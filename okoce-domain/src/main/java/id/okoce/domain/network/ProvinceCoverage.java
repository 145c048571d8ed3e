package id.okoce.domain.network;

import id.okoce.domain.region.Province;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stages one province can deliver on a date.
 *
 * @param province the province
 * @param stages   the stages available everywhere in it, in order
 * @param inPart   the other stages available in some of its kabupaten/kota (through partners of
 *                 those), each with where
 */
public record ProvinceCoverage(Province province, Set<Stage> stages, Map<Stage, SortedSet<RegencyCode>> inPart) {

    /** Copies the stages. */
    public ProvinceCoverage {
        Objects.requireNonNull(province, "province");
        stages = Collections.unmodifiableSet(stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages));
        Map<Stage, SortedSet<RegencyCode>> copy = new EnumMap<>(Stage.class);
        inPart.forEach((stage, where) -> copy.put(stage, Collections.unmodifiableSortedSet(new TreeSet<>(where))));
        inPart = Collections.unmodifiableMap(copy);
    }

    /** The stages available everywhere in {@code province}, none in part. */
    public ProvinceCoverage(Province province, Set<Stage> stages) {
        this(province, stages, Map.of());
    }

    /** Whether all seven stages are available. */
    public boolean complete() {
        return stages.size() == Stage.values().length;
    }
}
