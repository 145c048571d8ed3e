package id.okoce.application.port.out;

import id.okoce.domain.identity.Sex;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * {@link NetworkStatistics} whose reports over time are counted by scanning the members each time
 * ({@link StatisticsTally}): for a store small enough to scan (tests, a fork's sample store). A
 * subclass gives the tally of its members and the two counts of today.
 */
public abstract class ScannedNetworkStatistics implements NetworkStatistics {

    /** Every member and erased member's remains, as they are now. */
    protected abstract StatisticsTally tally();

    /** A view counting those of {@code tally} only, e.g. the members of one area. */
    public static NetworkStatistics of(java.util.function.Supplier<StatisticsTally> tally) {
        return new ScannedNetworkStatistics() {
            @Override
            protected StatisticsTally tally() {
                return tally.get();
            }

            @Override
            public Map<ProvinceCode, Long> membersByProvince() {
                return tally.get().membersByProvince();
            }

            @Override
            public Map<Stage, Long> membersByStage(Optional<ProvinceCode> province) {
                return tally.get().membersByStage(province);
            }
        };
    }

    @Override
    public NetworkStatistics within(PartnerArea area) {
        return of(() -> tally().within(area));
    }

    @Override
    public Map<ProvinceCode, Map<Stage, Long>> stagesOn(LocalDate on) {
        return tally().stagesOn(on);
    }

    @Override
    public SortedMap<YearMonth, Map<Stage, Long>> completionsPerMonth(Optional<ProvinceCode> province) {
        return tally().completionsPerMonth(province);
    }

    @Override
    public Map<KecamatanCode, Map<Stage, Long>> byKecamatan(ProvinceCode province) {
        return tally().byKecamatan(province);
    }

    @Override
    public SortedMap<YearMonth, Map<Stage, Long>> cohorts(Optional<ProvinceCode> province, YearMonth from, YearMonth to,
                                                          int withinDays) {
        return tally().cohorts(province, from, to, withinDays);
    }

    @Override
    public Map<PartnerId, Map<Stage, Long>> byRegisteringPartner() {
        return tally().byRegisteringPartner();
    }

    @Override
    public Map<Sex, SortedMap<Integer, Long>> bySexAndBirthYear(Optional<ProvinceCode> province) {
        return tally().bySexAndBirthYear(province);
    }
}
