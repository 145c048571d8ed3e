package id.okoce.application.port.out;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.Map;
import java.util.Optional;

/**
 * The report read model. Its counts agree exactly with the stored members at every commit,
 * because {@link MemberRepository#save} (and any bulk import) maintain it in the same transaction;
 * it must answer without scanning members, so reports stay instant at millions of members.
 */
public interface NetworkStatistics {

    /** Members per province of domicile; provinces without members may be absent. */
    Map<ProvinceCode, Long> membersByProvince();

    /**
     * For each stage, how many members have done it, nationally or in one province. Stages no
     * member has done may be absent.
     */
    Map<Stage, Long> membersByStage(Optional<ProvinceCode> province);
}
