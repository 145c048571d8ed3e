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
                        .doc("reports", "Members per province (a partner sees its own province)").returns(200, ReportJson.ByProvince.class),
                ApiRoute.get("/api/v1/reports/stage-funnel", r::funnel).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "How many members have done each stage, nationally or in a province")
                        .params(Param.query("province", "province code; the whole network when absent"))
                        .returns(200, ReportJson.Funnel.class),
                ApiRoute.get("/api/v1/reports/target", r::target).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("reports", "Progress towards 5,000,000 new entrepreneurs")
                        .params(Param.query("on", "the day to judge at (default today)", "string", "date"))
                        .returns(200, ReportJson.Target.class),
                ApiRoute.get("/api/v1/regions/provinces", r::provinces)
                        .doc("regions", "The 38 provinces of the Kemendagri 2025 list").returnsList(200, ReportJson.ProvinceInfo.class),
                ApiRoute.get("/api/v1/regions/coverage", r::coverage).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("regions", "The stages each province can deliver on a date")
                        .params(Param.query("on", "the day to judge at (default today)", "string", "date"))
                        .returnsList(200, ReportJson.Coverage.class));
    }

    private void byProvince(Context ctx) {
        ctx.json(ReportJson.ByProvince.of(networkReport.membersByProvince(Auth.actor(ctx))));
    }

    private void funnel(Context ctx) {
        ctx.json(ReportJson.Funnel.of(networkReport.stageFunnel(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of))));
    }

    private void target(Context ctx) {
        ctx.json(ReportJson.Target.of(networkReport.target(Auth.actor(ctx), Params.date(ctx, "on"))));
    }

    private void provinces(Context ctx) {
        Auth.actor(ctx);
        ctx.json(Regions.kemendagri2025().provinces().stream().map(ReportJson.ProvinceInfo::of).toList());
    }

    private void coverage(Context ctx) {
        ctx.json(networkReport.coverage(Auth.actor(ctx), Params.date(ctx, "on")).stream().map(ReportJson.Coverage::of).toList());
    }
}
