package id.okoce.adapter.http.api;

import id.okoce.application.ApplicationError;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.ErrorKind;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where refusals become HTTP statuses and RFC 9457 problem details. Nothing
 * unexpected reaches the client beyond a reference: no stack trace, no SQL, no NIK — and the log
 * line for it names only the exception types and the reference.
 */
public final class Problems {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** Installs the exception and error handlers. */
    public static void install(JavalinConfig config) {
        config.routes.exception(InvalidRequestException.class, (e, ctx) ->
                send(ctx, 400, "REQUEST_INVALID", e.getMessage(), e.errors(), Map.of()));
        config.routes.exception(DomainException.class, (e, ctx) -> domain(ctx, e));
        config.routes.exception(HttpRefusal.class, (e, ctx) -> {
            if (e.kind() == HttpRefusal.Kind.UNAUTHENTICATED) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"okoce\"");
            }
            send(ctx, e.kind().status(), e.kind().name(), e.getMessage(), List.of(), Map.of());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), codeOf(e.getStatus()),
                e.getStatus() == 413 ? "the body is larger than 1 MiB" : "the request cannot be served", List.of(), Map.of()));
        config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                send(ctx, 404, HttpRefusal.Kind.ROUTE_NOT_FOUND.name(), "no such route: " + ctx.method() + " " + ctx.path(),
                        List.of(), Map.of());
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null) {
                send(ctx, 405, HttpRefusal.Kind.METHOD_NOT_ALLOWED.name(), "this route does not take " + ctx.method(),
                        List.of(), Map.of());
            }
        });
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 413 -> HttpRefusal.Kind.PAYLOAD_TOO_LARGE.name();
            case 404 -> HttpRefusal.Kind.ROUTE_NOT_FOUND.name();
            case 405 -> HttpRefusal.Kind.METHOD_NOT_ALLOWED.name();
            case 415 -> HttpRefusal.Kind.UNSUPPORTED_MEDIA_TYPE.name();
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }

    /** The status a refusal of this kind gets. */
    public static int status(DomainException e, boolean conditional) {
        if (e.code() == ApplicationError.VERSION_CONFLICT && conditional) {
            return 412;
        }
        return status(e.kind());
    }

    /** The status of a kind of refusal. */
    public static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case RULE_VIOLATION -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
        };
    }

    private static void domain(Context ctx, DomainException e) {
        int status = status(e, ctx.header("If-Match") != null);
        List<FieldError> errors = e.kind() == ErrorKind.INVALID_INPUT
                ? List.of(FieldError.body(e.field().map(f -> "/" + f.replace('.', '/')).orElse(""), e.code().name(), e.getMessage()))
                : List.of();
        send(ctx, status, e.code().name(), e.getMessage(), errors, e.details());
    }

    private static void unexpected(Context ctx, Exception e) {
        String reference = UUID.randomUUID().toString();
        StringBuilder types = new StringBuilder(e.getClass().getName());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            types.append(" <- ").append(cause.getClass().getName());
        }
        LOG.error("unexpected failure on {} {}: {} (reference {})", ctx.method(), ctx.path(), types, reference);
        send(ctx, 500, "INTERNAL_ERROR", "an unexpected error occurred; quote reference " + reference, List.of(), Map.of());
    }

    /** Answers with a problem. */
    public static void send(Context ctx, int status, String code, String detail, List<FieldError> errors,
                            Map<String, String> details) {
        Problem problem = new Problem("urn:okoce:problem:" + code, title(status), status, detail, code, ctx.path(),
                errors.isEmpty() ? null : errors, details.isEmpty() ? null : details);
        ctx.status(status).contentType(MEDIA_TYPE).result(Json.write(problem));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid input";
            case 401 -> "Not authenticated";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict with the current state";
            case 412 -> "Stale version";
            case 413 -> "Body too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Refused by a business rule";
            case 428 -> "Precondition required";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }
}
