package id.okoce.application.port.out;

import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reports over time counted by scanning members: for stores small enough to scan (tests, a
 * fork's sample store), and as the oracle the counters of a real store are checked against. Give
 * it every member and every erased member's remains.
 */
public final class StatisticsTally {

    /**
     * What a count needs of a member, whether erased or not.
     *
     * @param province     the province of domicile
     * @param kecamatan    the kecamatan of domicile
     * @param sex          from the NIK
     * @param birthYear    from the NIK
     * @param registeredBy the partner that registered it, if any
     * @param registeredOn the day of registration
     * @param stages       the day of each stage done
     */
    public record Facts(ProvinceCode province, KecamatanCode kecamatan, Sex sex, int birthYear, Optional<PartnerId> registeredBy,
                        LocalDate registeredOn, Map<Stage, LocalDate> stages) {
    }

    private final List<Facts> facts = new ArrayList<>();

    /** A tally of these facts, e.g. as a store reads them for one area. */
    public StatisticsTally(List<Facts> facts) {
        this.facts.addAll(facts);
    }

    /** The tally of those living in {@code area} only. */
    public StatisticsTally within(PartnerArea area) {
        return new StatisticsTally(facts.stream().filter(f -> area.covers(f.kecamatan())).toList());
    }

    /** See {@link NetworkStatistics#membersByProvince}. */
    public Map<ProvinceCode, Long> membersByProvince() {
        Map<ProvinceCode, Long> counts = new HashMap<>();
        for (Facts f : facts) {
            counts.merge(f.province(), 1L, Long::sum);
        }
        return counts;
    }

    /** See {@link NetworkStatistics#membersByStage}. */
    public Map<Stage, Long> membersByStage(Optional<ProvinceCode> province) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Facts f : facts) {
            if (province.map(f.province()::equals).orElse(true)) {
                f.stages().keySet().forEach(stage -> counts.merge(stage, 1L, Long::sum));
            }
        }
        return counts;
    }

    /** A tally of these members and remains. */
    public StatisticsTally(Iterable<Member> members, Iterable<ErasedMember> erased) {
        for (Member m : members) {
            Map<Stage, LocalDate> stages = new EnumMap<>(Stage.class);
            for (StageCompletion c : m.stages().completions()) {
                stages.put(c.stage(), c.completedOn());
            }
            facts.add(new Facts(m.province(), m.domicile(), m.nik().sex(), m.nik().birthDate().getYear(), m.registeredBy(),
                    m.registeredOn(), stages));
        }
        for (ErasedMember e : erased) {
            facts.add(new Facts(e.province(), e.domicile(), e.sex(), e.birthYear(), e.registeredBy(), e.registeredOn(),
                    e.stagesDone()));
        }
    }

    /** See {@link NetworkStatistics#stagesOn}. */
    public Map<ProvinceCode, Map<Stage, Long>> stagesOn(LocalDate on) {
        Map<ProvinceCode, Map<Stage, Long>> counts = new HashMap<>();
        for (Facts f : facts) {
            f.stages().forEach((stage, day) -> {
                if (!day.isAfter(on)) {
                    counts.computeIfAbsent(f.province(), p -> new EnumMap<>(Stage.class)).merge(stage, 1L, Long::sum);
                }
            });
        }
        return counts;
    }

    /** See {@link NetworkStatistics#completionsPerMonth}. */
    public SortedMap<YearMonth, Map<Stage, Long>> completionsPerMonth(Optional<ProvinceCode> province) {
        SortedMap<YearMonth, Map<Stage, Long>> counts = new TreeMap<>();
        for (Facts f : facts) {
            if (province.map(f.province()::equals).orElse(true)) {
                f.stages().forEach((stage, day) -> counts.computeIfAbsent(YearMonth.from(day), m -> new EnumMap<>(Stage.class))
                        .merge(stage, 1L, Long::sum));
            }
        }
        return counts;
    }

    /** See {@link NetworkStatistics#byKecamatan}. */
    public Map<KecamatanCode, Map<Stage, Long>> byKecamatan(ProvinceCode province) {
        Map<KecamatanCode, Map<Stage, Long>> counts = new HashMap<>();
        for (Facts f : facts) {
            if (f.province().equals(province)) {
                f.stages().keySet().forEach(stage -> counts.computeIfAbsent(f.kecamatan(), k -> new EnumMap<>(Stage.class))
                        .merge(stage, 1L, Long::sum));
            }
        }
        return counts;
    }

    /** See {@link NetworkStatistics#cohorts}. */
    public SortedMap<YearMonth, Map<Stage, Long>> cohorts(Optional<ProvinceCode> province, YearMonth from, YearMonth to,
                                                          int withinDays) {
        SortedMap<YearMonth, Map<Stage, Long>> counts = new TreeMap<>();
        for (Facts f : facts) {
            YearMonth cohort = YearMonth.from(f.registeredOn());
            if (province.map(f.province()::equals).orElse(true) && !cohort.isBefore(from) && !cohort.isAfter(to)) {
                f.stages().forEach((stage, day) -> {
                    if (bucket(java.time.temporal.ChronoUnit.DAYS.between(f.registeredOn(), day)) <= withinDays) {
                        counts.computeIfAbsent(cohort, m -> new EnumMap<>(Stage.class)).merge(stage, 1L, Long::sum);
                    }
                });
            }
        }
        return counts;
    }

    /** The bucket of a completion {@code days} after registration: 30, 60, 90, 180, 365, or later. */
    private static int bucket(long days) {
        for (int edge : new int[] {30, 60, 90, 180, 365}) {
            if (days <= edge) {
                return edge;
            }
        }
        return Short.MAX_VALUE;
    }

    /** See {@link NetworkStatistics#byRegisteringPartner}. */
    public Map<PartnerId, Map<Stage, Long>> byRegisteringPartner() {
        Map<PartnerId, Map<Stage, Long>> counts = new HashMap<>();
        for (Facts f : facts) {
            f.registeredBy().ifPresent(partner -> f.stages().keySet().forEach(stage ->
                    counts.computeIfAbsent(partner, p -> new EnumMap<>(Stage.class)).merge(stage, 1L, Long::sum)));
        }
        return counts;
    }

    /** See {@link NetworkStatistics#bySexAndBirthYear}. */
    public Map<Sex, SortedMap<Integer, Long>> bySexAndBirthYear(Optional<ProvinceCode> province) {
        Map<Sex, SortedMap<Integer, Long>> counts = new EnumMap<>(Sex.class);
        for (Facts f : facts) {
            if (province.map(f.province()::equals).orElse(true)) {
                counts.computeIfAbsent(f.sex(), s -> new TreeMap<>()).merge(f.birthYear(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
