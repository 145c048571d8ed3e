package id.okoce.application.memory;

import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The report read model computed from the in-memory members, erased ones included (fine at test sizes). */
public final class InMemoryNetworkStatistics implements NetworkStatistics {

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
    public Map<ProvinceCode, Map<Stage, Long>> stagesOn(java.time.LocalDate on) {
        return tally().stagesOn(on);
    }

    @Override
    public java.util.SortedMap<java.time.YearMonth, Map<Stage, Long>> completionsPerMonth(Optional<ProvinceCode> province) {
        return tally().completionsPerMonth(province);
    }

    @Override
    public Map<id.okoce.domain.region.KecamatanCode, Map<Stage, Long>> byKecamatan(ProvinceCode province) {
        return tally().byKecamatan(province);
    }

    @Override
    public java.util.SortedMap<java.time.YearMonth, Map<Stage, Long>> cohorts(Optional<ProvinceCode> province,
            java.time.YearMonth from, java.time.YearMonth to, int withinDays) {
        return tally().cohorts(province, from, to, withinDays);
    }

    @Override
    public Map<id.okoce.domain.partner.PartnerId, Map<Stage, Long>> byRegisteringPartner() {
        return tally().byRegisteringPartner();
    }

    @Override
    public Map<id.okoce.domain.identity.Sex, java.util.SortedMap<Integer, Long>> bySexAndBirthYear(Optional<ProvinceCode> province) {
        return tally().bySexAndBirthYear(province);
    }

    private id.okoce.application.port.out.StatisticsTally tally() {
        return new id.okoce.application.port.out.StatisticsTally(members.all(), members.erased());
    }
}
