package id.okoce.domain.stage;

import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;

/**
 * Whether someone delivers a stage in a province on a date (rule 7: DKI Jakarta delivers all
 * seven; elsewhere it depends on validated partners' agreements). The network's implementation is
 * {@code id.okoce.domain.network.NetworkCoverage}.
 */
@FunctionalInterface
public interface StageAvailability {

    /** True when {@code stage} can be delivered to members living anywhere in {@code province} on {@code date}. */
    boolean isAvailable(ProvinceCode province, Stage stage, LocalDate date);

    /**
     * True when {@code stage} can be delivered to members living at {@code place} on {@code date}:
     * where partners work in some kabupaten/kota only, more than the whole province may offer. By
     * default, what the province offers.
     */
    default boolean isAvailable(KecamatanCode place, Stage stage, LocalDate date) {
        return isAvailable(place.province(), stage, date);
    }
}
