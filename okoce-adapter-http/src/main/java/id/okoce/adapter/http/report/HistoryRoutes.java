package id.okoce.adapter.http.report;

import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.application.port.in.report.NetworkHistoryUseCase;
import id.okoce.domain.access.Role;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reports over time and across regions, as JSON or CSV. */
public final class HistoryRoutes {

    private final NetworkHistoryUseCase history;

    private HistoryRoutes(NetworkHistoryUseCase history) {
        this.history = history;
    }

    /** The routes. */
    public static List<ApiRoute> of(NetworkHistoryUseCase history) {
        HistoryRoutes r = new HistoryRoutes(history);
        Param province = Param.query("province", "province code; the whole network when absent");
        Param on = Param.query("on", "the day the report stands at (default today)", "string", "date");
        return List.of(
                ApiRoute.get("/api/v1/reports/target-by-province", r::targetByProvince).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Each province's new entrepreneurs as of a day, its share and its rate, with the national "
                                + "progress")
                        .params(on, ReportCsv.FORMAT).returns(200, HistoryJson.TargetByProvince.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/monthly", r::monthly).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Registrations (P1) and stage completions per month")
                        .params(province, ReportCsv.FORMAT).returns(200, HistoryJson.Monthly.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/regions", r::regions).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Members at each stage by region: the provinces, the kabupaten/kota of a province, or the "
                                + "kecamatan of a kabupaten/kota")
                        .params(province, Param.query("kabupaten", "kabupaten/kota code, e.g. 32.73"), ReportCsv.FORMAT)
                        .returns(200, HistoryJson.Regions.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/members-by-sex-and-age", r::people).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Members by sex and age band (from the NIK) on a day")
                        .params(province, on, ReportCsv.FORMAT).returns(200, HistoryJson.People.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/cohorts", r::cohorts).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Cohort drop-out: of the members registered in each month, how many reached each stage "
                                + "within N days of registering")
                        .params(province, Param.query("from", "first month of registration, e.g. 2019-01").mandatory(),
                                Param.query("to", "last month of registration (default: from)"),
                                Param.query("within", "days after registration: 30, 60, 90 (default), 180 or 365", "integer", ""),
                                ReportCsv.FORMAT)
                        .returns(200, HistoryJson.Cohorts.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/partners", r::partners).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Partners ranked by the members they registered, then by the stages those members "
                                + "completed; a partner sees its own province's")
                        .params(province, ReportCsv.FORMAT).returnsList(200, HistoryJson.PartnerRank.class).alsoAs(ReportCsv.CSV));
    }

    private void targetByProvince(Context ctx) {
        var report = history.targetByProvince(Auth.actor(ctx), Params.date(ctx, "on"));
        ReportCsv.send(ctx, "target-by-province-" + report.national().date(), () -> HistoryJson.TargetByProvince.of(report),
                List.of("province", "name", "count", "percent_of_national", "rate_per_day"),
                () -> report.provinces().stream().map(p -> List.of(p.province().code().value(), p.province().name(),
                        Long.toString(p.count()), p.percentOfNational().toPlainString(), p.ratePerDaySoFar().toPlainString())).toList());
    }

    private void monthly(Context ctx) {
        var report = history.perMonth(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of));
        List<String> header = new ArrayList<>(List.of("month"));
        header.addAll(HistoryJson.stageCodes());
        ReportCsv.send(ctx, "monthly" + report.province().map(p -> "-" + p.value()).orElse(""), () -> HistoryJson.Monthly.of(report),
                header, () -> report.months().stream().map(m -> {
                    List<String> row = new ArrayList<>(List.of(m.month().toString()));
                    row.addAll(HistoryJson.counts(m.completions()));
                    return row;
                }).toList());
    }

    private void regions(Context ctx) {
        var report = history.byRegion(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of),
                Params.query(ctx, "kabupaten", RegencyCode::of));
        List<String> header = new ArrayList<>(List.of("code", "name"));
        header.addAll(HistoryJson.stageCodes());
        ReportCsv.send(ctx, "regions-" + report.level(), () -> HistoryJson.Regions.of(report), header,
                () -> report.regions().stream().map(x -> {
                    List<String> row = new ArrayList<>(List.of(x.code(), x.name()));
                    row.addAll(HistoryJson.counts(x.stages()));
                    return row;
                }).toList());
    }

    private void cohorts(Context ctx) {
        YearMonth from = month(ctx, "from").orElseThrow(() -> new InvalidRequestException(FieldError.parameter("from",
                "PARAMETER_REQUIRED", "from is required")));
        YearMonth to = month(ctx, "to").orElse(from);
        int within = Params.integer(ctx, "within", 1, 366, "COHORT_WINDOW_INVALID").orElse(90);
        if (!NetworkHistoryUseCase.COHORT_WINDOWS.contains(within)) {
            throw new InvalidRequestException(FieldError.parameter("within", "COHORT_WINDOW_INVALID",
                    "within must be one of " + NetworkHistoryUseCase.COHORT_WINDOWS));
        }
        if (to.isBefore(from) || to.isAfter(from.plusYears(10))) {
            throw new InvalidRequestException(FieldError.parameter("to", "MONTH_RANGE_INVALID",
                    "to must be from the month of from to ten years after it"));
        }
        var report = history.cohorts(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of), from, to, within);
        List<String> header = new ArrayList<>(List.of("month", "registered"));
        HistoryJson.stageCodes().forEach(code -> header.add(code + "_within_" + within));
        ReportCsv.send(ctx, "cohorts-" + from + "-" + to + "-" + within, () -> HistoryJson.Cohorts.of(report), header,
                () -> report.cohorts().stream().map(c -> {
                    List<String> row = new ArrayList<>(List.of(c.month().toString(), Long.toString(c.registered())));
                    row.addAll(HistoryJson.counts(c.reached()));
                    return row;
                }).toList());
    }

    private static Optional<YearMonth> month(Context ctx, String name) {
        return Params.query(ctx, name, raw -> {
            try {
                return YearMonth.parse(raw.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidRequestException(FieldError.parameter(name, "MONTH_MALFORMED", name + " must be a month like 2019-01"));
            }
        });
    }

    private void partners(Context ctx) {
        var ranking = history.partnerRanking(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of));
        List<String> header = new ArrayList<>(List.of("rank", "partner_id", "name", "province", "registered", "delivered"));
        header.addAll(HistoryJson.stageCodes());
        ReportCsv.send(ctx, "partners", () -> ranking.stream().map(HistoryJson.PartnerRank::of).toList(), header,
                () -> ranking.stream().map(r -> {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank()), r.partner().id().toString(),
                            r.partner().publicName(), r.partner().province().value(), Long.toString(r.registered()),
                            Long.toString(r.delivered())));
                    row.addAll(HistoryJson.counts(r.stages()));
                    return row;
                }).toList());
    }

    private void people(Context ctx) {
        var report = history.people(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of), Params.date(ctx, "on"));
        ReportCsv.send(ctx, "members-by-sex-and-age-" + report.on(), () -> HistoryJson.People.of(report),
                List.of("sex", "age_band", "members"), () -> report.rows().stream().map(r -> List.of(
                        r.sex() == id.okoce.domain.identity.Sex.FEMALE ? "F" : "M", r.band(), Long.toString(r.members()))).toList());
    }
}
