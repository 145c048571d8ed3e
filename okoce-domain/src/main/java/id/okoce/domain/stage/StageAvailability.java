package id.okoce.domain.stage;

import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;

/**
 * Whether someone delivers a stage in a province on a date (rule 7: DKI Jakarta delivers all
 * seven; elsewhere it depends on validated partners' agreements). The network's implementation is
 * {@code id.okoce.domain.network.NetworkCoverage}.
 */
@FunctionalInterface
public interface StageAvailability {

    /** True when {@code stage} can be delivered to members living in {@code province} on {@code date}. */
    boolean isAvailable(ProvinceCode province, Stage stage, LocalDate date);
}
