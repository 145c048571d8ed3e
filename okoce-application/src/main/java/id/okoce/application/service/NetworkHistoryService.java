package id.okoce.application.service;

import id.okoce.application.port.in.report.NetworkHistoryUseCase;
import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.network.AgeBand;
import id.okoce.domain.network.GrowthTarget;
import id.okoce.domain.network.TargetProgress;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.Kecamatan;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.Regency;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** Builds the reports over time and across regions from the read model's counters. */
public final class NetworkHistoryService implements NetworkHistoryUseCase {

    private final NetworkStatistics statistics;
    private final PartnerRepository partners;
    private final GrowthTarget target;
    private final Clock clock;

    /** Wires the service. */
    public NetworkHistoryService(NetworkStatistics statistics, PartnerRepository partners, GrowthTarget target, Clock clock) {
        this.statistics = statistics;
        this.partners = partners;
        this.target = target;
        this.clock = clock;
    }

    /** Counts as of {@code on}: today's counters when the day is today or later (no stage is dated after today). */
    static Map<ProvinceCode, Map<Stage, Long>> countsOn(NetworkStatistics statistics, LocalDate on, LocalDate today) {
        return statistics.stagesOn(on.isAfter(today) ? today : on);
    }

    @Override
    public TargetByProvince targetByProvince(Actor actor, Optional<LocalDate> on) {
        actor.requireRole("read reports", Role.HUB_ADMIN, Role.PARTNER);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on.orElse(today);
        Map<ProvinceCode, Map<Stage, Long>> all = countsOn(statistics, day, today);
        long national = all.values().stream().mapToLong(s -> s.getOrDefault(target.countingStage(), 0L)).sum();
        Map<ProvinceCode, Map<Stage, Long>> counts = actor.confinedWithinProvince() ? countsOn(seenBy(actor), day, today) : all;
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(target.start(), day));
        List<ProvinceTarget> rows = new ArrayList<>();
        for (Province province : Regions.kemendagri2025().provinces()) {
            if (!actor.canSee(province.code())) {
                continue;
            }
            long count = counts.getOrDefault(province.code(), Map.of()).getOrDefault(target.countingStage(), 0L);
            rows.add(new ProvinceTarget(province, count, percent(count, national),
                    elapsed == 0 ? BigDecimal.ZERO.setScale(2)
                            : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP)));
        }
        TargetProgress progress = target.progress(national, day);
        return new TargetByProvince(progress, rows);
    }

    @Override
    public MonthlySeries perMonth(Actor actor, Optional<ProvinceCode> province) {
        Optional<ProvinceCode> scope = scope(actor, province);
        List<Month> months = new ArrayList<>();
        seenBy(actor).completionsPerMonth(scope).forEach((month, stages) -> months.add(new Month(month, allStages(stages))));
        return new MonthlySeries(scope, months);
    }

    @Override
    public RegionCounts byRegion(Actor actor, Optional<ProvinceCode> province, Optional<RegencyCode> regency) {
        Regions regions = Regions.kemendagri2025();
        Optional<ProvinceCode> asked = regency.map(RegencyCode::province).or(() -> province);
        Optional<ProvinceCode> scope = scope(actor, asked);
        Optional<PartnerArea> area = actor.partnerArea().filter(a -> !a.wholeProvince());
        if (regency.isPresent() && area.isPresent() && !area.get().covers(regency.get())) {
            throw new DomainException(AccessError.REGION_OUT_OF_SCOPE, "kabupaten",
                    "a partner reads reports of its own area only (" + area.get() + ")");
        }
        List<Region> rows = new ArrayList<>();
        if (scope.isEmpty()) {
            Map<ProvinceCode, Map<Stage, Long>> counts = statistics.stagesOn(LocalDate.now(clock));
            for (Province p : regions.provinces()) {
                rows.add(new Region(p.code().value(), p.name(), allStages(counts.getOrDefault(p.code(), Map.of()))));
            }
            return new RegionCounts("province", rows);
        }
        Map<KecamatanCode, Map<Stage, Long>> counts = seenBy(actor).byKecamatan(scope.get());
        if (regency.isPresent()) {
            for (Kecamatan k : regions.kecamatansOf(regency.get())) {
                rows.add(new Region(k.code().toString(), k.name(), allStages(counts.getOrDefault(k.code(), Map.of()))));
            }
            return new RegionCounts("kecamatan", rows);
        }
        Map<RegencyCode, Map<Stage, Long>> byRegency = new java.util.HashMap<>();
        counts.forEach((kecamatan, stages) -> stages.forEach((stage, n) ->
                byRegency.computeIfAbsent(kecamatan.regency(), r -> new EnumMap<>(Stage.class)).merge(stage, n, Long::sum)));
        for (Regency r : regions.regenciesOf(scope.get())) {
            if (area.isPresent() && !area.get().covers(r.code())) {
                continue;
            }
            rows.add(new Region(r.code().toString(), r.name(), allStages(byRegency.getOrDefault(r.code(), Map.of()))));
        }
        return new RegionCounts("kabupaten", rows);
    }

    @Override
    public PeopleCounts people(Actor actor, Optional<ProvinceCode> province, Optional<LocalDate> on) {
        Optional<ProvinceCode> scope = scope(actor, province);
        LocalDate day = on.orElse(LocalDate.now(clock));
        Map<Sex, SortedMap<Integer, Long>> counts = seenBy(actor).bySexAndBirthYear(scope);
        List<PeopleRow> rows = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            long[] bands = new long[AgeBand.values().length];
            counts.getOrDefault(sex, new java.util.TreeMap<>()).forEach((year, n) -> bands[AgeBand.of(day.getYear() - year).ordinal()] += n);
            for (AgeBand band : AgeBand.values()) {
                rows.add(new PeopleRow(sex, band.label(), bands[band.ordinal()]));
            }
        }
        return new PeopleCounts(scope, day, rows);
    }

    @Override
    public Cohorts cohorts(Actor actor, Optional<ProvinceCode> province, YearMonth from, YearMonth to, int withinDays) {
        Optional<ProvinceCode> scope = scope(actor, province);
        if (!COHORT_WINDOWS.contains(withinDays)) {
            throw new IllegalArgumentException("withinDays must be one of " + COHORT_WINDOWS);
        }
        if (to.isBefore(from) || to.isAfter(from.plusYears(10))) {
            throw new IllegalArgumentException("to must be from the month of from to ten years after it");
        }
        SortedMap<YearMonth, Map<Stage, Long>> counts = seenBy(actor).cohorts(scope, from, to, withinDays);
        List<Cohort> rows = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map<Stage, Long> reached = allStages(counts.getOrDefault(month, Map.of()));
            rows.add(new Cohort(month, reached.get(Stage.REGISTRATION), reached));
        }
        return new Cohorts(scope, withinDays, rows);
    }

    @Override
    public List<PartnerRank> partnerRanking(Actor actor, Optional<ProvinceCode> province) {
        Optional<ProvinceCode> scope = scope(actor, province);
        Map<PartnerId, Map<Stage, Long>> counts = statistics.byRegisteringPartner();
        List<PartnerRank> unranked = new ArrayList<>();
        for (Partner partner : partners.find(scope, Optional.empty())) {
            if (!actor.canSee(partner.area())) {
                continue;
            }
            Map<Stage, Long> stages = allStages(counts.getOrDefault(partner.id(), Map.of()));
            long delivered = stages.entrySet().stream().filter(e -> e.getKey() != Stage.REGISTRATION).mapToLong(Map.Entry::getValue).sum();
            unranked.add(new PartnerRank(0, partner, stages.get(Stage.REGISTRATION), delivered, stages));
        }
        unranked.sort(java.util.Comparator.comparingLong(PartnerRank::registered).reversed()
                .thenComparing(java.util.Comparator.comparingLong(PartnerRank::delivered).reversed())
                .thenComparing(r -> r.partner().name()));
        List<PartnerRank> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            PartnerRank r = unranked.get(i);
            ranked.add(new PartnerRank(i + 1, r.partner(), r.registered(), r.delivered(), r.stages()));
        }
        return ranked;
    }

    /** The statistics {@code actor} reads: all of them, or those of its area for a partner of some kabupaten/kota. */
    private NetworkStatistics seenBy(Actor actor) {
        return seenBy(statistics, actor);
    }

    /** {@code statistics} as {@code actor} reads them. */
    static NetworkStatistics seenBy(NetworkStatistics statistics, Actor actor) {
        return actor.confinedWithinProvince() ? statistics.within(actor.partnerArea().orElseThrow()) : statistics;
    }

    private static Optional<ProvinceCode> scope(Actor actor, Optional<ProvinceCode> province) {
        actor.requireRole("read reports", Role.HUB_ADMIN, Role.PARTNER);
        province.ifPresent(p -> actor.requireProvince(p, "province", "read reports"));
        return province.isPresent() ? province : actor.partnerProvince();
    }

    private static Map<Stage, Long> allStages(Map<Stage, Long> counts) {
        Map<Stage, Long> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, counts.getOrDefault(stage, 0L));
        }
        return all;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
