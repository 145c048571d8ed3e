package id.okoce.domain.network;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The hub of the network (pusat jaringan): DKI Jakarta, province 31, the one region that delivers
 * all seven stages itself; and the stages the network delivers everywhere on its own.
 */
public final class Hub {

    /** DKI Jakarta's code. */
    public static final String PROVINCE_CODE = "31";

    /** P1 (registration) and P6 (financial reporting, by mentors) are delivered in every province. */
    public static final Set<Stage> NETWORK_STAGES =
            Collections.unmodifiableSet(EnumSet.of(Stage.REGISTRATION, Stage.FINANCIAL_REPORTING));

    private Hub() {
    }

    /** DKI Jakarta. */
    public static ProvinceCode province() {
        return ProvinceCode.of(PROVINCE_CODE);
    }

    /** Whether {@code province} is the hub. */
    public static boolean isHub(ProvinceCode province) {
        return PROVINCE_CODE.equals(province.value());
    }
}
