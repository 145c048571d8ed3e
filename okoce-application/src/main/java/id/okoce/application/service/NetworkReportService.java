package id.okoce.application.service;

import id.okoce.application.port.in.report.MembersByProvince;
import id.okoce.application.port.in.report.NetworkReportUseCase;
import id.okoce.application.port.in.report.StageFunnel;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.network.GrowthTarget;
import id.okoce.domain.network.NetworkCoverage;
import id.okoce.domain.network.ProvinceCoverage;
import id.okoce.domain.network.TargetProgress;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the network report from the read model, partners and agreements. */
public final class NetworkReportService implements NetworkReportUseCase {

    private final NetworkStatistics statistics;
    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final GrowthTarget target;
    private final Clock clock;

    /** Wires the service. */
    public NetworkReportService(NetworkStatistics statistics, PartnerRepository partners, AgreementRepository agreements,
                                GrowthTarget target, Clock clock) {
        this.statistics = statistics;
        this.partners = partners;
        this.agreements = agreements;
        this.target = target;
        this.clock = clock;
    }

    @Override
    public MembersByProvince membersByProvince(Actor actor) {
        actor.requireRole("read reports", Role.HUB_ADMIN, Role.PARTNER);
        Map<ProvinceCode, Long> counts = NetworkHistoryService.seenBy(statistics, actor).membersByProvince();
        List<MembersByProvince.ProvinceCount> rows = new ArrayList<>();
        long total = 0;
        for (Province province : Regions.kemendagri2025().provinces()) {
            if (actor.canSee(province.code())) {
                long members = counts.getOrDefault(province.code(), 0L);
                rows.add(new MembersByProvince.ProvinceCount(province, members));
                total += members;
            }
        }
        return new MembersByProvince(rows, total);
    }

    @Override
    public StageFunnel stageFunnel(Actor actor, Optional<ProvinceCode> province) {
        return stageFunnel(actor, province, Optional.empty());
    }

    @Override
    public StageFunnel stageFunnel(Actor actor, Optional<ProvinceCode> province, Optional<LocalDate> on) {
        actor.requireRole("read reports", Role.HUB_ADMIN, Role.PARTNER);
        province.ifPresent(p -> actor.requireProvince(p, "province", "read reports"));
        Optional<ProvinceCode> scope = province.isPresent() ? province : actor.partnerProvince();
        NetworkStatistics seen = NetworkHistoryService.seenBy(statistics, actor);
        Map<Stage, Long> counts = on.isEmpty() ? seen.membersByStage(scope) : onDay(seen, scope, on.get());
        long all = counts.getOrDefault(Stage.REGISTRATION, 0L);
        List<StageFunnel.StageCount> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long members = counts.getOrDefault(stage, 0L);
            BigDecimal percent = all == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(members * 100).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
            rows.add(new StageFunnel.StageCount(stage, members, percent));
        }
        return new StageFunnel(scope, rows);
    }

    /** How many had done each stage on {@code on}, nationally or in one province. */
    private Map<Stage, Long> onDay(NetworkStatistics statistics, Optional<ProvinceCode> scope, LocalDate on) {
        Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        NetworkHistoryService.countsOn(statistics, on, LocalDate.now(clock)).forEach((province, stages) -> {
            if (scope.map(province::equals).orElse(true)) {
                stages.forEach((stage, n) -> counts.merge(stage, n, Long::sum));
            }
        });
        return counts;
    }

    @Override
    public List<ProvinceCoverage> coverage(Actor actor, Optional<LocalDate> on) {
        actor.requireRole("read reports", Role.HUB_ADMIN, Role.PARTNER);
        NetworkCoverage coverage = NetworkCoverage.of(partners.find(Optional.empty(), Optional.empty()), agreements.findAll());
        return coverage.view(on.orElseGet(() -> LocalDate.now(clock))).stream()
                .filter(c -> actor.canSee(c.province().code())).toList();
    }

    @Override
    public TargetProgress target(Actor actor, Optional<LocalDate> on) {
        actor.requireRole("read reports", Role.HUB_ADMIN, Role.PARTNER);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on.orElse(today);
        Map<Stage, Long> counts = day.isBefore(today) ? onDay(statistics, Optional.empty(), day) : statistics.membersByStage(Optional.empty());
        return target.progress(counts.getOrDefault(target.countingStage(), 0L), day);
    }
}
