package id.okoce.adapter.http.report;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.Views;
import id.okoce.application.port.in.report.MembersByProvince;
import id.okoce.application.port.in.report.StageFunnel;
import id.okoce.domain.network.Hub;
import id.okoce.domain.network.ProvinceCoverage;
import id.okoce.domain.network.TargetProgress;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.Regions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the report and region routes. */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * Members per province.
     *
     * @param provinces one row per province
     * @param total     the sum
     */
    public record ByProvince(@ApiField("one row per province, in code order") List<ProvinceRow> provinces,
                             @ApiField("total members") long total) {

        /** The body for {@code report}. */
        public static ByProvince of(MembersByProvince report) {
            return new ByProvince(report.provinces().stream()
                    .map(r -> new ProvinceRow(r.province().code().value(), r.province().name(), r.members())).toList(), report.total());
        }
    }

    /**
     * One province's members.
     *
     * @param code    province code
     * @param name    province name
     * @param members members living there
     */
    public record ProvinceRow(@ApiField("province code") String code, @ApiField("province name") String name,
                              @ApiField("members") long members) {
    }

    /**
     * The 7PAS funnel.
     *
     * @param province the province, or null for the network
     * @param stages   one row per stage
     */
    public record Funnel(@ApiField(value = "province, or null for the whole network", optional = true) Views.Region province,
                         @ApiField("one row per stage, P1 to P7") List<FunnelRow> stages) {

        /** The body for {@code funnel}. */
        public static Funnel of(StageFunnel funnel) {
            return new Funnel(funnel.province().map(Views.Region::of).orElse(null), funnel.stages().stream()
                    .map(s -> new FunnelRow(s.stage().code(), s.stage().indonesianName(), s.stage().englishName(), s.members(),
                            s.percentOfAll())).toList());
        }
    }

    /**
     * One stage of the funnel.
     *
     * @param code           stage code
     * @param indonesianName Indonesian name
     * @param englishName    English name
     * @param members        members who have done it
     * @param percentOfAll   share of all registered members
     */
    public record FunnelRow(@ApiField("stage code") String code, @ApiField("Indonesian name") String indonesianName,
                            @ApiField("English name") String englishName, @ApiField("members who have done it") long members,
                            @ApiField("share of all registered members, percent") BigDecimal percentOfAll) {
    }

    /**
     * Progress towards the national target.
     *
     * @param goal                new entrepreneurs aimed at
     * @param start               the start
     * @param deadline            the deadline
     * @param countingStage       the stage that makes a member count
     * @param on                  the day judged at
     * @param count               new entrepreneurs so far
     * @param remaining           still needed
     * @param percentDone         share of the goal
     * @param ratePerDaySoFar     per day since the start
     * @param requiredRatePerDay  per day needed to make the deadline; null once it has passed
     * @param projectedCompletion when the goal is reached at the rate so far; null if never
     * @param onTrack             whether the projection meets the deadline
     */
    public record Target(@ApiField("new entrepreneurs aimed at") long goal, @ApiField("start") LocalDate start,
                         @ApiField("deadline") LocalDate deadline, @ApiField("stage that makes a member count") String countingStage,
                         @ApiField("the day judged at") LocalDate on, @ApiField("new entrepreneurs so far") long count,
                         @ApiField("still needed") long remaining, @ApiField("percent of the goal") BigDecimal percentDone,
                         @ApiField("per day since the start") BigDecimal ratePerDaySoFar,
                         @ApiField(value = "per day needed from now; null once the deadline has passed", optional = true)
                         BigDecimal requiredRatePerDay,
                         @ApiField(value = "when the goal is reached at the rate so far", optional = true) LocalDate projectedCompletion,
                         @ApiField("whether the projection meets the deadline") boolean onTrack) {

        /** The body for {@code p}. */
        public static Target of(TargetProgress p) {
            return new Target(p.target().goal(), p.target().start(), p.target().deadline(), p.target().countingStage().code(),
                    p.date(), p.count(), p.remaining(), p.percentDone(), p.ratePerDaySoFar(), p.requiredRatePerDay().orElse(null),
                    p.projectedCompletion().orElse(null), p.onTrack());
        }
    }

    /**
     * A province of the reference list.
     *
     * @param code        its code
     * @param name        its name
     * @param kabupatenKota how many kabupaten/kota it has
     * @param kecamatan   how many kecamatan it has
     * @param hub         whether it is the hub (DKI Jakarta)
     */
    public record ProvinceInfo(@ApiField("province code") String code, @ApiField("official name") String name,
                               @ApiField("number of kabupaten/kota") int kabupatenKota, @ApiField("number of kecamatan") int kecamatan,
                               @ApiField("whether it is the hub") boolean hub) {

        /** The body for {@code p}. */
        public static ProvinceInfo of(Province p) {
            Regions regions = Regions.kemendagri2025();
            int kecamatan = regions.regenciesOf(p.code()).stream().mapToInt(r -> regions.kecamatansOf(r.code()).size()).sum();
            return new ProvinceInfo(p.code().value(), p.name(), regions.regenciesOf(p.code()).size(), kecamatan,
                    Hub.isHub(p.code()));
        }
    }

    /**
     * The stages a province can deliver on a date.
     *
     * @param province the province
     * @param stages   the stages available everywhere in it
     * @param complete whether all seven are available everywhere
     * @param inPart   the other stages available in some of its kabupaten/kota, each with where
     */
    public record Coverage(@ApiField("province") Views.Region province,
                           @ApiField("stages available everywhere in the province") List<Views.StageName> stages,
                           @ApiField("whether all seven are available everywhere in the province") boolean complete,
                           @ApiField("the other stages available in some of its kabupaten/kota (through partners of those), "
                                   + "each with where") List<PartCoverage> inPart) {

        /** The body for {@code c}. */
        public static Coverage of(ProvinceCoverage c) {
            return new Coverage(Views.Region.of(c.province().code()), c.stages().stream().map(Views.StageName::of).toList(),
                    c.complete(), c.inPart().entrySet().stream()
                    .map(e -> new PartCoverage(Views.StageName.of(e.getKey()), e.getValue().stream().map(Views.Region::of).toList()))
                    .toList());
        }
    }

    /**
     * A stage available in part of a province.
     *
     * @param stage     the stage
     * @param regencies the kabupaten/kota where it is available
     */
    public record PartCoverage(@ApiField("the stage") Views.StageName stage,
                               @ApiField("the kabupaten/kota where it is available") List<Views.Region> regencies) {
    }
}
