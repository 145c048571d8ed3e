package id.okoce.application.memory;

import id.okoce.application.port.out.ScannedNetworkStatistics;
import id.okoce.application.port.out.StatisticsTally;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The report read model computed from the in-memory members, erased ones included (fine at test sizes). */
public final class InMemoryNetworkStatistics extends ScannedNetworkStatistics {

    private final InMemoryMemberRepository members;

    /** Statistics over {@code members}. */
    public InMemoryNetworkStatistics(InMemoryMemberRepository members) {
        this.members = members;
    }

    @Override
    public Map<ProvinceCode, Long> membersByProvince() {
        Map<ProvinceCode, Long> counts = new HashMap<>();
        for (Member member : members.all()) {
            counts.merge(member.province(), 1L, Long::sum);
        }
        for (ErasedMember remains : members.erased()) {
            counts.merge(remains.province(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public Map<Stage, Long> membersByStage(Optional<ProvinceCode> province) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Member member : members.all()) {
            if (province.map(member.province()::equals).orElse(true)) {
                for (Stage stage : member.stages().doneStages()) {
                    counts.merge(stage, 1L, Long::sum);
                }
            }
        }
        for (ErasedMember remains : members.erased()) {
            if (province.map(remains.province()::equals).orElse(true)) {
                remains.stagesDone().keySet().forEach(stage -> counts.merge(stage, 1L, Long::sum));
            }
        }
        return counts;
    }

    @Override
    protected StatisticsTally tally() {
        return new StatisticsTally(members.all(), members.erased());
    }
}
