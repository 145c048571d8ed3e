package id.okoce.adapter.http.system;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.domain.access.Role;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /health}, {@code /metrics} and {@code /openapi.json}. */
public final class SystemRoutes {

    private SystemRoutes() {
    }

    /**
     * The health answer.
     *
     * @param status     UP or DOWN
     * @param components each part's state
     */
    public record HealthBody(@ApiField(value = "UP or DOWN", allowed = {"UP", "DOWN"}) String status,
                             @ApiField("each part's state, e.g. database: UP") Map<String, String> components) {
    }

    /** The system routes; {@code openApi} is computed once the whole table is known. */
    public static List<ApiRoute> of(HealthProbe health, Supplier<String> metrics, Supplier<String> openApi) {
        return List.of(
                ApiRoute.get("/health", ctx -> health(ctx, health)).open().doc("system", "Service and database status")
                        .returns(200, HealthBody.class).alsoReturns(503),
                ApiRoute.get("/metrics", ctx -> {
                    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get());
                }).roles(Role.HUB_ADMIN).doc("system", "Prometheus metrics: request counts and latencies per route (hub admin)")
                        .returns(200, "text/plain"),
                ApiRoute.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi.get()))
                        .open().doc("system", "This OpenAPI 3.1 document").returns(200, "application/json"));
    }

    private static void health(Context ctx, HealthProbe probe) {
        HealthProbe.Health health = probe.check();
        ctx.status(health.up() ? 200 : 503).json(new HealthBody(health.up() ? "UP" : "DOWN", health.components()));
    }
}
