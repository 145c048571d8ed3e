package id.okoce.adapter.http.report;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.application.port.in.report.NetworkHistoryUseCase;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bodies of the reports over time and across regions. */
public final class HistoryJson {

    private HistoryJson() {
    }

    /** Stage codes P1–P7 for CSV headers. */
    static List<String> stageCodes() {
        List<String> codes = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            codes.add(stage.code());
        }
        return codes;
    }

    /** Counts of every stage, in order, as text. */
    static List<String> counts(Map<Stage, Long> stages) {
        List<String> row = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            row.add(Long.toString(stages.getOrDefault(stage, 0L)));
        }
        return row;
    }

    /** Counts of every stage, in order. */
    static List<Long> values(Map<Stage, Long> stages) {
        List<Long> row = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            row.add(stages.getOrDefault(stage, 0L));
        }
        return row;
    }

    /**
     * The target by province.
     *
     * @param national  the national progress
     * @param provinces every province in scope
     */
    public record TargetByProvince(@ApiField("the national progress on the day") ReportJson.Target national,
                                   @ApiField("every province in scope, in code order") List<ProvinceTarget> provinces) {

        /** The body for {@code t}. */
        public static TargetByProvince of(NetworkHistoryUseCase.TargetByProvince t) {
            return new TargetByProvince(ReportJson.Target.of(t.national()), t.provinces().stream()
                    .map(p -> new ProvinceTarget(p.province().code().value(), p.province().name(), p.count(), p.percentOfNational(),
                            p.ratePerDaySoFar())).toList());
        }
    }

    /**
     * One province against the target.
     *
     * @param code              province code
     * @param name              province name
     * @param count             new entrepreneurs as of the day
     * @param percentOfNational share of the national count
     * @param ratePerDaySoFar   per day since the start
     */
    public record ProvinceTarget(@ApiField("province code") String code, @ApiField("province name") String name,
                                 @ApiField("new entrepreneurs as of the day") long count,
                                 @ApiField("share of the national count, percent") BigDecimal percentOfNational,
                                 @ApiField("new entrepreneurs per day since the start") BigDecimal ratePerDaySoFar) {
    }

    /**
     * Completions per month.
     *
     * @param province the province, or null for the network
     * @param months   every month with any completion
     */
    public record Monthly(@ApiField(value = "province code, or null for the whole network", optional = true) String province,
                          @ApiField("every month with any completion, in order") List<Month> months) {

        /** The body for {@code s}. */
        public static Monthly of(NetworkHistoryUseCase.MonthlySeries s) {
            return new Monthly(s.province().map(p -> p.value()).orElse(null), s.months().stream()
                    .map(m -> new Month(m.month().toString(), values(m.completions()))).toList());
        }
    }

    /**
     * One month.
     *
     * @param month       the month, e.g. 2018-09
     * @param completions how many completed P1 (registrations) to P7 in it, in stage order
     */
    public record Month(@ApiField(value = "the month", example = "2018-09") String month,
                        @ApiField("completions of P1 (registrations) to P7, in stage order") List<Long> completions) {
    }

    /**
     * Members at each stage by region.
     *
     * @param level   province, kabupaten or kecamatan
     * @param regions every region of the level in scope
     */
    public record Regions(@ApiField(value = "the level", allowed = {"province", "kabupaten", "kecamatan"}) String level,
                          @ApiField("every region of the level in scope, in code order") List<Region> regions) {

        /** The body for {@code r}. */
        public static Regions of(NetworkHistoryUseCase.RegionCounts r) {
            return new Regions(r.level(), r.regions().stream().map(x -> new Region(x.code(), x.name(), values(x.stages()))).toList());
        }
    }

    /**
     * One region.
     *
     * @param code   its code
     * @param name   its name
     * @param stages members who have done P1 to P7, in stage order
     */
    public record Region(@ApiField(value = "Kemendagri code", example = "32.73") String code, @ApiField("name") String name,
                         @ApiField("members who have done P1 to P7, in stage order") List<Long> stages) {
    }

    /**
     * Members by sex and age band.
     *
     * @param province the province, or null
     * @param on       the day ages are counted at
     * @param rows     each sex and band
     */
    public record People(@ApiField(value = "province code, or null for the whole network", optional = true) String province,
                         @ApiField("the day the ages are counted at") LocalDate on,
                         @ApiField("each sex and age band, zeros included") List<PeopleRow> rows) {

        /** The body for {@code p}. */
        public static People of(NetworkHistoryUseCase.PeopleCounts p) {
            return new People(p.province().map(c -> c.value()).orElse(null), p.on(), p.rows().stream()
                    .map(r -> new PeopleRow(r.sex() == Sex.FEMALE ? "F" : "M", r.band(), r.members())).toList());
        }
    }

    /**
     * One sex and age band.
     *
     * @param sex     F or M
     * @param band    the age band
     * @param members how many members
     */
    public record PeopleRow(@ApiField(value = "sex", allowed = {"F", "M"}) String sex,
                            @ApiField(value = "age band", allowed = {"<25", "25-34", "35-44", "45-54", "55+"}) String band,
                            @ApiField("members") long members) {
    }

    /**
     * Cohort drop-out.
     *
     * @param province   the province, or null
     * @param withinDays the window, in days after registration
     * @param cohorts    one row per month of registration
     */
    public record Cohorts(@ApiField(value = "province code, or null for the whole network", optional = true) String province,
                          @ApiField("the window: stages reached within this many days of registering") int withinDays,
                          @ApiField("one row per month of registration, zeros included") List<Cohort> cohorts) {

        /** The body for {@code c}. */
        public static Cohorts of(NetworkHistoryUseCase.Cohorts c) {
            return new Cohorts(c.province().map(p -> p.value()).orElse(null), c.withinDays(), c.cohorts().stream()
                    .map(x -> new Cohort(x.month().toString(), x.registered(), values(x.reached()), x.reached().entrySet().stream()
                            .map(e -> x.registered() == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(e.getValue() * 100)
                                    .divide(BigDecimal.valueOf(x.registered()), 2, java.math.RoundingMode.HALF_UP)).toList()))
                    .toList());
        }
    }

    /**
     * One month's cohort.
     *
     * @param month      month of registration
     * @param registered members registered in it
     * @param reached    how many reached P1 to P7 within the window, in stage order
     * @param percent    the same as a share of those registered
     */
    public record Cohort(@ApiField(value = "month of registration", example = "2019-01") String month,
                         @ApiField("members registered in it") long registered,
                         @ApiField("how many reached P1 to P7 within the window, in stage order") List<Long> reached,
                         @ApiField("the same, percent of those registered") List<BigDecimal> percent) {
    }

    /**
     * A partner's place in the ranking.
     *
     * @param rank       1 for the first
     * @param partnerId  the partner's id
     * @param name       its public name
     * @param province   its province code
     * @param registered members it registered
     * @param delivered  stage completions (P2–P7) of those members
     * @param stages     P1 to P7 among its members, in stage order
     */
    public record PartnerRank(@ApiField("1 for the first") int rank,
                              @ApiField(value = "partner id", format = "uuid") java.util.UUID partnerId,
                              @ApiField("public name") String name, @ApiField("province code") String province,
                              @ApiField("members it registered") long registered,
                              @ApiField("stage completions (P2–P7) of those members") long delivered,
                              @ApiField("P1 to P7 among its members, in stage order") List<Long> stages) {

        /** The body for {@code r}. */
        public static PartnerRank of(NetworkHistoryUseCase.PartnerRank r) {
            return new PartnerRank(r.rank(), r.partner().id().value(), r.partner().publicName(), r.partner().province().value(),
                    r.registered(), r.delivered(), values(r.stages()));
        }
    }
}
