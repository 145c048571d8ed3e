package example.fork;

import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The counters the ledger moves with every member it stores, read without scanning members. */
final class LedgerStatistics implements NetworkStatistics {

    private final Ledger ledger;

    LedgerStatistics(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Map<ProvinceCode, Long> membersByProvince() {
        Map<ProvinceCode, Long> members = new HashMap<>();
        ledger.view().counts.forEach((province, row) -> members.put(province, row[0]));
        return members;
    }

    @Override
    public Map<Stage, Long> membersByStage(Optional<ProvinceCode> province) {
        Map<Stage, Long> done = new EnumMap<>(Stage.class);
        ledger.view().counts.forEach((code, row) -> {
            if (province.map(code::equals).orElse(true)) {
                for (Stage stage : Stage.values()) {
                    done.merge(stage, row[1 + stage.ordinal()], Long::sum);
                }
            }
        });
        return done;
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

    /** The reports over time, counted by scanning the ledger's members: fine for a sample store. */
    private id.okoce.application.port.out.StatisticsTally tally() {
        Ledger.Snapshot view = ledger.view();
        return new id.okoce.application.port.out.StatisticsTally(view.members.values(), view.erased.values());
    }
}
