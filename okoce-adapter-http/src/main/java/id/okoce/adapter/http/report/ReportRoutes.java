package id.okoce.adapter.http.report;

import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.application.port.in.report.NetworkReportUseCase;
import id.okoce.domain.access.Role;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.Regions;
import io.javalin.http.Context;
import java.util.List;

/** Routes under {@code /api/v1/reports} and {@code /api/v1/regions}. */
public final class ReportRoutes {

    private final NetworkReportUseCase networkReport;

    private ReportRoutes(NetworkReportUseCase networkReport) {
        this.networkReport = networkReport;
    }

    /** The report and region routes. */
    public static List<ApiRoute> of(NetworkReportUseCase networkReport) {
        ReportRoutes r = new ReportRoutes(networkReport);
        return List.of(
                ApiRoute.get("/api/v1/reports/members-by-province", r::byProvince).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Members per province (a partner sees its own province)").params(ReportCsv.FORMAT)
                        .returns(200, ReportJson.ByProvince.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/stage-funnel", r::funnel).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "How many members had done each stage, nationally or in a province, now or as of a day")
                        .params(Param.query("province", "province code; the whole network when absent"),
                                Param.query("on", "the day the funnel stands at (default now)", "string", "date"), ReportCsv.FORMAT)
                        .returns(200, ReportJson.Funnel.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/reports/target", r::target).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Progress towards the growth target (by default 5,000,000 new entrepreneurs by 2023), "
                                + "counted as the network stood on the day")
                        .params(Param.query("on", "the day to judge at (default today)", "string", "date"), ReportCsv.FORMAT)
                        .returns(200, ReportJson.Target.class).alsoAs(ReportCsv.CSV),
                ApiRoute.get("/api/v1/regions/provinces", r::provinces)
                        .doc("regions", "The 38 provinces of the Kemendagri 2025 list").returnsList(200, ReportJson.ProvinceInfo.class),
                ApiRoute.get("/api/v1/regions/coverage", r::coverage).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("regions", "The stages each province can deliver on a date")
                        .params(Param.query("on", "the day to judge at (default today)", "string", "date"))
                        .returnsList(200, ReportJson.Coverage.class));
    }

    private void byProvince(Context ctx) {
        var report = networkReport.membersByProvince(Auth.actor(ctx));
        ReportCsv.send(ctx, "members-by-province", () -> ReportJson.ByProvince.of(report), List.of("province", "name", "members"),
                () -> report.provinces().stream().map(p -> List.of(p.province().code().value(), p.province().name(),
                        Long.toString(p.members()))).toList());
    }

    private void funnel(Context ctx) {
        var funnel = networkReport.stageFunnel(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of), Params.date(ctx, "on"));
        ReportCsv.send(ctx, "stage-funnel" + funnel.province().map(p -> "-" + p.value()).orElse(""), () -> ReportJson.Funnel.of(funnel),
                List.of("stage", "indonesian_name", "english_name", "members", "percent_of_all"),
                () -> funnel.stages().stream().map(s -> List.of(s.stage().code(), s.stage().indonesianName(), s.stage().englishName(),
                        Long.toString(s.members()), s.percentOfAll().toPlainString())).toList());
    }

    private void target(Context ctx) {
        var progress = networkReport.target(Auth.actor(ctx), Params.date(ctx, "on"));
        ReportCsv.send(ctx, "target-" + progress.date(), () -> ReportJson.Target.of(progress),
                List.of("on", "goal", "count", "remaining", "percent_done", "rate_per_day", "required_rate_per_day",
                        "projected_completion", "on_track"),
                () -> List.of(List.of(progress.date().toString(), Long.toString(progress.target().goal()),
                        Long.toString(progress.count()), Long.toString(progress.remaining()), progress.percentDone().toPlainString(),
                        progress.ratePerDaySoFar().toPlainString(),
                        progress.requiredRatePerDay().map(java.math.BigDecimal::toPlainString).orElse(""),
                        progress.projectedCompletion().map(Object::toString).orElse(""), Boolean.toString(progress.onTrack()))));
    }

    private void provinces(Context ctx) {
        Auth.actor(ctx);
        ctx.json(Regions.kemendagri2025().provinces().stream().map(ReportJson.ProvinceInfo::of).toList());
    }

    private void coverage(Context ctx) {
        ctx.json(networkReport.coverage(Auth.actor(ctx), Params.date(ctx, "on")).stream().map(ReportJson.Coverage::of).toList());
    }
}
