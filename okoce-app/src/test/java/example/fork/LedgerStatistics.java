package example.fork;

import id.okoce.application.port.out.ScannedNetworkStatistics;
import id.okoce.application.port.out.StatisticsTally;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The counters the ledger moves with every member it stores, read without scanning members. */
final class LedgerStatistics extends ScannedNetworkStatistics {

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

    /** The reports over time, counted by scanning the ledger's members: fine for a sample store. */
    @Override
    protected StatisticsTally tally() {
        Ledger.Snapshot view = ledger.view();
        return new StatisticsTally(view.members.values(), view.erased.values());
    }
}
