package id.okoce.adapter.http;

import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.HttpRefusal;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.JettyProblems;
import id.okoce.adapter.http.api.Json;
import id.okoce.adapter.http.api.LogSafe;
import id.okoce.adapter.http.api.Problems;
import id.okoce.adapter.http.api.RequestOrigins;
import id.okoce.adapter.http.duplicate.DuplicateRoutes;
import id.okoce.adapter.http.duplicate.DuplicateScanRoutes;
import id.okoce.adapter.http.event.EventRoutes;
import id.okoce.adapter.http.event.WebhookRoutes;
import id.okoce.adapter.http.financing.BankDeskRoutes;
import id.okoce.adapter.http.financing.FinancingRoutes;
import id.okoce.adapter.http.imports.ImportRoutes;
import id.okoce.adapter.http.member.MemberCorrectionRoutes;
import id.okoce.adapter.http.member.MemberRecordRoutes;
import id.okoce.adapter.http.member.MemberRoutes;
import id.okoce.adapter.http.partner.PartnerChangeRoutes;
import id.okoce.adapter.http.partner.PartnerRoutes;
import id.okoce.adapter.http.report.HistoryRoutes;
import id.okoce.adapter.http.report.ReportRoutes;
import id.okoce.adapter.http.system.HealthProbe;
import id.okoce.adapter.http.system.OpenApi;
import id.okoce.adapter.http.system.RequestObserver;
import id.okoce.adapter.http.system.SystemRoutes;
import id.okoce.adapter.http.token.TokenRoutes;
import id.okoce.adapter.http.web.WebPage;
import id.okoce.application.ApplicationError;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.access.AuthenticateUseCase;
import id.okoce.application.port.in.access.ManageTokensUseCase;
import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.duplicate.DuplicateScanJobsUseCase;
import id.okoce.application.port.in.duplicate.ReviewDuplicatesUseCase;
import id.okoce.application.port.in.event.ManageWebhooksUseCase;
import id.okoce.application.port.in.event.ReadEventsUseCase;
import id.okoce.application.port.in.financing.CheckFinancingEligibilityUseCase;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.in.financing.FindApplicantUseCase;
import id.okoce.application.port.in.financing.ListFinancingProductsUseCase;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.application.port.in.imports.ImportJobsUseCase;
import id.okoce.application.port.in.member.CompleteStageUseCase;
import id.okoce.application.port.in.member.CorrectMemberUseCase;
import id.okoce.application.port.in.member.EraseMemberUseCase;
import id.okoce.application.port.in.member.ExportMemberDataUseCase;
import id.okoce.application.port.in.member.MemberRecordsUseCase;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.in.member.WithdrawStageUseCase;
import id.okoce.application.port.in.partner.ChangePartnerStandingUseCase;
import id.okoce.application.port.in.partner.EditPartnerUseCase;
import id.okoce.application.port.in.partner.ReadPartnersUseCase;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.in.partner.ValidatePartnerUseCase;
import id.okoce.application.port.in.report.NetworkHistoryUseCase;
import id.okoce.application.port.in.report.NetworkReportUseCase;
import id.okoce.domain.shared.DomainException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OK OCE HTTP API: every route of the table on one Javalin server, bearer-token
 * authentication, problem details, one log line per request and a graceful stop that lets
 * requests in flight finish.
 */
public final class HttpApi {

    /** The largest request body accepted, 1 MiB (a larger one is answered 413). */
    public static final long MAX_BODY = 1024 * 1024;

    private static final Logger REQUESTS = LoggerFactory.getLogger("id.okoce.http.requests");
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** The request attribute naming the route (its path template) that served the request. */
    private static final String ROUTE = "okoce.route";

    private final Javalin javalin;
    private final List<ApiRoute> routes;

    /**
     * What the server needs besides the use cases.
     *
     * @param health      the health probe behind {@code /health}
     * @param observer    sees every answered request (metrics)
     * @param metrics     the Prometheus text behind {@code /metrics}
     * @param stopTimeout how long a stop waits for requests in flight
     * @param version     the version the OpenAPI document states
     * @param uploads     where uploaded import files wait for their job
     * @param threads     the most threads serving requests (Jetty's pool, its selector and acceptor included)
     * @param database    whether the database is known to be reachable now; while it is not, every
     *                    {@code /api/} request is answered 503 at once instead of waiting for it
     */
    public record Options(HealthProbe health, RequestObserver observer, Supplier<String> metrics, Duration stopTimeout,
                          String version, Path uploads, int threads, BooleanSupplier database) {

        /** Checks the parts. */
        public Options {
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(observer, "observer");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(stopTimeout, "stopTimeout");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(uploads, "uploads");
            Objects.requireNonNull(database, "database");
            if (threads < 8) {
                throw new IllegalArgumentException("at least 8 HTTP threads are needed, got " + threads);
            }
        }

        /**
         * Options for an application serving the API on ports of its own: {@code /health} always
         * UP (the application watches its own storage), no metrics, 16 threads, 10 s to stop.
         */
        public static Options embedded(String version, Path uploads) {
            return new Options(() -> new HealthProbe.Health(true, Map.of("storage", "not watched")),
                    (method, route, status, nanos) -> { }, () -> "", Duration.ofSeconds(10), version, uploads, 16, () -> true);
        }
    }

    /**
     * The use cases the routes call, each route class given only its own.
     *
     * @param registerPartner          register a partner
     * @param validatePartner          validate or reject one
     * @param changePartnerStanding    suspend or reinstate one
     * @param recordAgreement          record an agreement
     * @param readPartners             read partners and agreements
     * @param registerMember           register a member
     * @param readMembers              read members
     * @param correctMember            correct or transfer a member
     * @param withdrawStage            withdraw a member's latest stage
     * @param memberRecords            a member's history and record of processing
     * @param exportMemberData         everything held about a member
     * @param eraseMember              erase a member
     * @param completeStage            complete a stage
     * @param defineFinancingProduct   define a product
     * @param listFinancingProducts    list products
     * @param checkFinancingEligibility judge eligibility
     * @param recordFinancing          record financing
     * @param readFinancings           read members' financing
     * @param findApplicant            a bank's look-up of an applicant
     * @param editPartner              edit partners
     * @param networkHistory           the reports over time and across regions
     * @param networkReport            the reports
     * @param manageTokens             issue and revoke tokens
     * @param authenticate             who a bearer token belongs to
     * @param replayRequests           keyed requests, once each
     * @param importJobs               background imports
     * @param readEvents               the event feed
     * @param manageWebhooks           webhook endpoints
     */
    public record UseCases(RegisterPartnerUseCase registerPartner, ValidatePartnerUseCase validatePartner,
                           ChangePartnerStandingUseCase changePartnerStanding, RecordAgreementUseCase recordAgreement,
                           ReadPartnersUseCase readPartners, RegisterMemberUseCase registerMember, ReadMembersUseCase readMembers,
                           CorrectMemberUseCase correctMember, WithdrawStageUseCase withdrawStage, MemberRecordsUseCase memberRecords,
                           ExportMemberDataUseCase exportMemberData, EraseMemberUseCase eraseMember, CompleteStageUseCase completeStage, DefineFinancingProductUseCase defineFinancingProduct,
                           ListFinancingProductsUseCase listFinancingProducts,
                           CheckFinancingEligibilityUseCase checkFinancingEligibility, RecordFinancingUseCase recordFinancing,
                           ReadFinancingsUseCase readFinancings, FindApplicantUseCase findApplicant, EditPartnerUseCase editPartner,
                           NetworkHistoryUseCase networkHistory,
                           NetworkReportUseCase networkReport, ManageTokensUseCase manageTokens, AuthenticateUseCase authenticate,
                           ReplayRequestsUseCase replayRequests, ImportJobsUseCase importJobs, ReadEventsUseCase readEvents,
                           ManageWebhooksUseCase manageWebhooks, ReviewDuplicatesUseCase reviewDuplicates,
                           DuplicateScanJobsUseCase duplicateScans) {

        /** Every use case the routes call, from {@code core}. */
        public static UseCases from(OkoceCore core) {
            return new UseCases(core.registerPartner(), core.validatePartner(), core.changePartnerStanding(),
                    core.recordAgreement(), core.readPartners(), core.registerMember(), core.readMembers(), core.correctMember(),
                    core.withdrawStage(), core.memberRecords(), core.exportMemberData(), core.eraseMember(), core.completeStage(),
                    core.defineFinancingProduct(), core.listFinancingProducts(), core.checkFinancingEligibility(),
                    core.recordFinancing(), core.readFinancings(), core.findApplicant(), core.editPartner(), core.networkHistory(), core.networkReport(), core.manageTokens(), core.authenticate(),
                    core.replayRequests(), core.importJobs(), core.readEvents(), core.manageWebhooks(),
                    core.reviewDuplicates(), core.duplicateScans());
        }

        /** Checks every use case is present. */
        public UseCases {
            for (Object useCase : new Object[] {registerPartner, validatePartner, changePartnerStanding, recordAgreement, readPartners,
                registerMember, readMembers, correctMember, withdrawStage, memberRecords, exportMemberData, eraseMember, completeStage,
                defineFinancingProduct, listFinancingProducts, checkFinancingEligibility,
                recordFinancing, readFinancings, findApplicant, editPartner, networkHistory, networkReport, manageTokens, authenticate, replayRequests, importJobs, readEvents, manageWebhooks,
                reviewDuplicates, duplicateScans}) {
                Objects.requireNonNull(useCase, "every use case is needed");
            }
        }
    }

    private HttpApi(UseCases u, Options options) {
        List<ApiRoute> table = new ArrayList<>();
        table.addAll(MemberRoutes.of(u.registerMember(), u.readMembers(), u.completeStage(), u.replayRequests()));
        table.addAll(MemberCorrectionRoutes.of(u.correctMember(), u.withdrawStage()));
        table.addAll(MemberRecordRoutes.of(u.memberRecords(), u.exportMemberData(), u.eraseMember()));
        table.addAll(PartnerRoutes.of(u.registerPartner(), u.validatePartner(), u.changePartnerStanding(), u.recordAgreement(),
                u.readPartners()));
        table.addAll(PartnerChangeRoutes.of(u.registerPartner(), u.editPartner(), u.recordAgreement()));
        table.addAll(FinancingRoutes.of(u.defineFinancingProduct(), u.listFinancingProducts(), u.checkFinancingEligibility(),
                u.recordFinancing(), u.readFinancings()));
        table.addAll(BankDeskRoutes.of(u.findApplicant(), u.readFinancings(), u.recordFinancing()));
        table.addAll(ReportRoutes.of(u.networkReport()));
        table.addAll(HistoryRoutes.of(u.networkHistory()));
        table.addAll(TokenRoutes.of(u.manageTokens()));
        table.addAll(ImportRoutes.of(u.importJobs(), options.uploads()));
        table.addAll(EventRoutes.of(u.readEvents()));
        table.addAll(WebhookRoutes.of(u.manageWebhooks()));
        table.addAll(DuplicateRoutes.of(u.reviewDuplicates()));
        table.addAll(DuplicateScanRoutes.of(u.duplicateScans()));
        String[] openApi = new String[1];
        table.addAll(SystemRoutes.of(options.health(), options.metrics(), () -> openApi[0]));
        this.routes = List.copyOf(table);
        openApi[0] = OpenApi.document(routes, options.version());
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = MAX_BODY;
            config.http.generateEtags = false;
            config.http.prefer405over404 = true;
            QueuedThreadPool threads = new QueuedThreadPool(options.threads(), 8);
            threads.setName("okoce-http");
            config.jetty.threadPool = threads;
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyProblems()));
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems());
                server.setStopTimeout(options.stopTimeout().toMillis());
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        Handler handler = server.getHandler();
                        if (!(handler instanceof GracefulHandler)) {
                            server.setHandler(new GracefulHandler(handler));
                        }
                    }
                });
            });
            config.requestLogger.http((ctx, ms) -> {
                String route = matched(ctx);
                REQUESTS.info("{} {} {} {}ms {}", ctx.method().name(), LogSafe.path(ctx.path()), ctx.status().getCode(), Math.round(ms),
                        LogSafe.requestId(java.util.Objects.toString(ctx.res().getHeader(RequestOrigins.HEADER), "-")));
                options.observer().observe(ctx.method().name(), route, ctx.status().getCode(), (long) (ms * 1_000_000));
            });
            Problems.install(config, path -> allowed(routes, path));
            config.routes.after(HttpApi::commonHeaders);
            config.routes.after(HttpApi::discardUnreadBody);
            config.routes.before(ctx -> refuseLargeBodies(ctx, Set.of(ImportRoutes.BIG_BODIES)));
            WebPage.load().install(config);
            for (ApiRoute route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
                    ctx.attribute(ROUTE, route.path());
                    RequestOrigins.enter(ctx, route.method().name(), route.path());
                    try {
                        serve(ctx, route, u, options);
                    } finally {
                        RequestOrigins.leave();
                    }
                });
            }
        });
    }

    /** Serves one request of {@code route}: the database's state, the caller, the parameters and the body checked first. */
    private static void serve(Context ctx, ApiRoute route, UseCases u, Options options) throws Exception {
        if (route.path().startsWith("/api/") && !options.database().getAsBoolean()) {
            throw new DomainException(ApplicationError.DATABASE_UNAVAILABLE, null,
                    "the database is unavailable; the service is reconnecting, retry shortly");
        }
        if (route.authenticated()) {
            Auth.authenticate(ctx, u.authenticate());
            Auth.requireRole(ctx, route.roles());
        }
        refuseUnknownParameters(ctx, route);
        refuseUnexpectedBody(ctx, route);
        route.handler().handle(ctx);
    }

    /**
     * Headers every answer carries: the media type's charset said, no content sniffing, and no
     * caching of anything but the API document (answers are per caller and may hold personal data).
     */
    private static void commonHeaders(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && (type.equals("application/json") || type.equals("application/problem+json"))) {
            ctx.contentType(type + "; charset=utf-8");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        if (!ctx.path().equals("/openapi.json") && ctx.res().getHeader("Cache-Control") == null) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /**
     * Refuses a body on a route that takes none (like an unknown field), and a body of another
     * media type than the route's (415); a body without a Content-Type is taken as the route's.
     */
    private static void refuseUnexpectedBody(Context ctx, ApiRoute route) {
        boolean hasBody = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody) {
            return;
        }
        if (route.requestBody() == null) {
            throw new InvalidRequestException(FieldError.body("", "FIELD_UNKNOWN", "this route takes no body; send none"));
        }
        String type = ctx.header("Content-Type");
        if (type == null) {
            return;
        }
        String media = type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        String expected = route.requestMediaType();
        boolean json = expected.equals("application/json") || expected.endsWith("+json");
        if (!(media.equals(expected) || (json && (media.endsWith("+json") || media.equals("application/json"))))) {
            throw new HttpRefusal(HttpRefusal.Kind.UNSUPPORTED_MEDIA_TYPE, "this route takes a body of type " + expected + ", not " + media);
        }
    }

    /** Refuses query parameters the route does not document (a misspelt filter must not return everyone), and undecodable ones. */
    private static void refuseUnknownParameters(Context ctx, ApiRoute route) {
        String raw = ctx.queryString();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                try {
                    java.net.URLDecoder.decode(pair.replace("+", "%20"), java.nio.charset.StandardCharsets.UTF_8);
                    if (pair.matches(".*%(?![0-9A-Fa-f]{2}).*")) {
                        throw new IllegalArgumentException("a % not followed by two hex digits");
                    }
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException(FieldError.parameter(LogSafe.path(decodedOrRaw(name)), "PARAMETER_MALFORMED",
                            "this query parameter is not well URL-encoded"));
                }
            }
        }
        List<FieldError> unknown = new ArrayList<>();
        for (String name : ctx.queryParamMap().keySet()) {
            if (route.params().stream().noneMatch(p -> p.in().equals("query") && p.name().equals(name))) {
                unknown.add(FieldError.parameter(LogSafe.path(name), "PARAMETER_UNKNOWN",
                        "this route takes no query parameter '" + LogSafe.path(name) + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
    }

    private static String decodedOrRaw(String name) {
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** The methods the route table serves on {@code path}, for the {@code Allow} header of a 405. */
    static List<String> allowed(List<ApiRoute> routes, String path) {
        String[] parts = path.split("/", -1);
        List<String> methods = new ArrayList<>();
        for (ApiRoute route : routes) {
            String[] template = route.path().split("/", -1);
            boolean matches = template.length == parts.length;
            for (int i = 0; matches && i < parts.length; i++) {
                matches = template[i].startsWith("{") ? !parts[i].isEmpty() : template[i].equals(parts[i]);
            }
            if (matches && !methods.contains(route.method().name())) {
                methods.add(route.method().name());
            }
        }
        return methods;
    }

    private static void refuseLargeBodies(Context ctx, Set<String> bigBodies) {
        long length = ctx.contentLength();
        if (length > MAX_BODY && bigBodies.stream().noneMatch(p -> ctx.path().startsWith(p))) {
            discardBody(ctx, length);
            throw new HttpRefusal(HttpRefusal.Kind.PAYLOAD_TOO_LARGE, "the body is larger than 1 MiB");
        }
    }

    /** The most of a refused body read (and thrown away) so that its sender gets the 413. */
    static final long DISCARDED_AT_MOST = 8 * MAX_BODY;

    /**
     * Reads a refused body to its end before answering. A server that answers and closes while the
     * client is still sending makes the client's TCP stack see a reset, and many clients then
     * report a broken connection instead of the answer. Not done when the client waits for
     * {@code 100 Continue} (it sends nothing until told to), nor beyond {@link #DISCARDED_AT_MOST}
     * (the connection is closed on such a body).
     */
    private static void discardBody(Context ctx, long length) {
        String expect = ctx.header("Expect");
        if (length == 0 || length > DISCARDED_AT_MOST || (expect != null && expect.equalsIgnoreCase("100-continue"))) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            long read = 0;
            for (int n; read < DISCARDED_AT_MOST && (n = body.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the body was read as text: nothing left to read
        }
    }

    /** A body no handler read (a refusal decided on the path or the headers): read so the client gets the answer. */
    private static void discardUnreadBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > 0 || (length < 0 && ctx.header("Transfer-Encoding") != null)) {
            discardBody(ctx, length);
        }
    }

    private static String matched(Context ctx) {
        String route = ctx.attribute(ROUTE);
        return route == null ? "unmatched" : route;
    }

    /** The server for these use cases, not started. */
    public static HttpApi create(UseCases useCases, Options options) {
        return new HttpApi(useCases, options);
    }

    /** Starts listening; port 0 picks a free one. */
    public HttpApi start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /** The port it listens on. */
    public int port() {
        return javalin.port();
    }

    /**
     * Stops accepting, lets requests in flight finish (up to the stop timeout), and stops; requests
     * still running when the timeout ends are cut off (said in the log, not thrown).
     */
    public void stop() {
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            LOG.warn("the HTTP server stopped before every request in flight had finished ({})", e.getClass().getSimpleName());
        }
    }

    /** The route table. */
    public List<ApiRoute> routes() {
        return routes;
    }

    /** The API routes the server actually registered, as {@code METHOD path} (the page's own routes left out). */
    public Set<String> registeredRoutes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map((ParsedEndpoint e) -> e.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .filter(e -> !WebPage.serves(e.path))
                .map(e -> e.method.name() + " " + e.path)
                .collect(Collectors.toSet());
    }

}
