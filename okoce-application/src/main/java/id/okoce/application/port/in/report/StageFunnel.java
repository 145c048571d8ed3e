package id.okoce.application.port.in.report;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The 7PAS funnel: how many members have done each stage.
 *
 * @param province the province, or empty for the whole network
 * @param stages   one row per stage, P1 to P7
 */
public record StageFunnel(Optional<ProvinceCode> province, List<StageCount> stages) {

    /** Copies the rows. */
    public StageFunnel {
        stages = List.copyOf(stages);
    }

    /**
     * One stage's count.
     *
     * @param stage        the stage
     * @param members      members who have done it
     * @param percentOfAll that as a percentage of all registered members (P1), two decimals
     */
    public record StageCount(Stage stage, long members, BigDecimal percentOfAll) {
    }
}
