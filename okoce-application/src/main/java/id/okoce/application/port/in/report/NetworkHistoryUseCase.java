package id.okoce.application.port.in.report;

import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network over time and across its regions: every answer comes from counters kept in the
 * transaction of each change, never from a scan of members, and stays within the caller's scope
 * (a partner sees its own province only; banks see no reports).
 */
public interface NetworkHistoryUseCase {

    /**
     * Each province's new entrepreneurs as of a day (today when empty), its share of the national
     * count and its rate per day since the programme began, with the national progress.
     */
    TargetByProvince targetByProvince(Actor actor, Optional<LocalDate> on);

    /**
     * Registrations (P1) and stage completions per calendar month, nationally or in one province.
     *
     * @throws id.okoce.domain.shared.DomainException {@code REGION_OUT_OF_SCOPE} for a partner asking about another province
     */
    MonthlySeries perMonth(Actor actor, Optional<ProvinceCode> province);

    /**
     * Members at each stage by region: the provinces (nothing given), the kabupaten/kota of a province,
     * or the kecamatan of a kabupaten/kota; every region listed, zeros included.
     *
     * @throws id.okoce.domain.shared.DomainException {@code REGION_OUT_OF_SCOPE} for a partner asking about another province
     */
    RegionCounts byRegion(Actor actor, Optional<ProvinceCode> province, Optional<RegencyCode> regency);

    /**
     * Members by sex and age band on a day (today when empty), the age being the years between the
     * birth year and the day's year (the NIK gives the birth date; a count keeps only the year).
     *
     * @throws id.okoce.domain.shared.DomainException {@code REGION_OUT_OF_SCOPE} for a partner asking about another province
     */
    PeopleCounts people(Actor actor, Optional<ProvinceCode> province, Optional<LocalDate> on);

    /** The windows a cohort report may count within: days after registration. */
    List<Integer> COHORT_WINDOWS = List.of(30, 60, 90, 180, 365);

    /**
     * Cohort drop-out: of the members registered in each month from {@code from} to {@code to}, how
     * many reached each stage within {@code withinDays} days of registering.
     *
     * @throws id.okoce.domain.shared.DomainException {@code REGION_OUT_OF_SCOPE} for a partner asking about another province
     * @throws IllegalArgumentException when {@code withinDays} is not one of {@link #COHORT_WINDOWS}, or {@code to} is before
     *                                  {@code from} or more than ten years after it
     */
    Cohorts cohorts(Actor actor, Optional<ProvinceCode> province, YearMonth from, YearMonth to, int withinDays);

    /**
     * Partners ranked by the members they registered, then by the stages those members went on to
     * complete (P2–P7 together); a partner sees the partners of its own province.
     */
    List<PartnerRank> partnerRanking(Actor actor, Optional<ProvinceCode> province);

    /**
     * Cohorts by month of registration.
     *
     * @param province   the province, or empty for the nation
     * @param withinDays the window
     * @param cohorts    one row per month, in order, zeros included
     */
    record Cohorts(Optional<ProvinceCode> province, int withinDays, List<Cohort> cohorts) {
        /** Copies the list. */
        public Cohorts {
            cohorts = List.copyOf(cohorts);
        }
    }

    /**
     * One month's cohort.
     *
     * @param month      the month of registration
     * @param registered how many registered in it
     * @param reached    for each stage, how many reached it within the window, every stage listed
     */
    record Cohort(YearMonth month, long registered, Map<Stage, Long> reached) {
    }

    /**
     * A partner's place.
     *
     * @param rank      1 for the first
     * @param partner   the partner
     * @param registered members it registered
     * @param delivered stage completions (P2–P7) of those members
     * @param stages    each stage's count among its members, every stage listed
     */
    record PartnerRank(int rank, id.okoce.domain.partner.Partner partner, long registered, long delivered,
                       Map<Stage, Long> stages) {
    }

    /**
     * The target by province.
     *
     * @param national  the national progress on the day
     * @param provinces every province in scope, in code order
     */
    record TargetByProvince(id.okoce.domain.network.TargetProgress national, List<ProvinceTarget> provinces) {
        /** Copies the list. */
        public TargetByProvince {
            provinces = List.copyOf(provinces);
        }
    }

    /**
     * One province against the target.
     *
     * @param province          the province
     * @param count             its new entrepreneurs as of the day
     * @param percentOfNational its share of the national count, two decimals
     * @param ratePerDaySoFar   its new entrepreneurs per day since the programme began, two decimals
     */
    record ProvinceTarget(id.okoce.domain.region.Province province, long count, BigDecimal percentOfNational,
                          BigDecimal ratePerDaySoFar) {
    }

    /**
     * Completions per month.
     *
     * @param province the province, or empty for the nation
     * @param months   every month with any completion, in order
     */
    record MonthlySeries(Optional<ProvinceCode> province, List<Month> months) {
        /** Copies the list. */
        public MonthlySeries {
            months = List.copyOf(months);
        }
    }

    /**
     * One month.
     *
     * @param month       the calendar month
     * @param completions how many completed each stage in it (P1: registrations), every stage listed
     */
    record Month(YearMonth month, Map<Stage, Long> completions) {
    }

    /**
     * Members at each stage by region.
     *
     * @param level   {@code province}, {@code kabupaten} or {@code kecamatan}
     * @param regions every region of the level in scope, in code order
     */
    record RegionCounts(String level, List<Region> regions) {
        /** Copies the list. */
        public RegionCounts {
            regions = List.copyOf(regions);
        }
    }

    /**
     * One region.
     *
     * @param code   its Kemendagri code, dotted
     * @param name   its name
     * @param stages how many of its members have done each stage, every stage listed
     */
    record Region(String code, String name, Map<Stage, Long> stages) {
    }

    /**
     * Members by sex and age band.
     *
     * @param province the province, or empty for the nation
     * @param on       the day the ages are counted at
     * @param rows     each sex and band, in order, zeros included
     */
    record PeopleCounts(Optional<ProvinceCode> province, LocalDate on, List<PeopleRow> rows) {
        /** Copies the list. */
        public PeopleCounts {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One sex and age band.
     *
     * @param sex     the sex
     * @param band    the band: {@code <25}, {@code 25-34}, {@code 35-44}, {@code 45-54}, {@code 55+}
     * @param members how many members
     */
    record PeopleRow(Sex sex, String band, long members) {
    }
}
