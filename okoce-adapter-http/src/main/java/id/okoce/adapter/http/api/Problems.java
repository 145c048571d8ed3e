package id.okoce.adapter.http.api;

import id.okoce.adapter.http.i18n.Messages;
import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.member.PossibleDuplicateException;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.ErrorKind;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where refusals become HTTP statuses and RFC 9457 problem details. Nothing
 * unexpected reaches the client beyond a reference: no stack trace, no SQL, no NIK — and the log
 * line for it names only the exception types and the reference.
 */
public final class Problems {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json; charset=utf-8";

    /** What a 503 tells the client to wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** Installs the exception and error handlers; {@code allowed} names the methods a path takes (for 405). */
    public static void install(JavalinConfig config, Function<String, List<String>> allowed) {
        config.routes.exception(InvalidRequestException.class, (e, ctx) ->
                send(ctx, 400, "REQUEST_INVALID", e.getMessage(), e.errors(), Map.of()));
        config.routes.exception(DomainException.class, (e, ctx) -> domain(ctx, e));
        config.routes.exception(HttpRefusal.class, (e, ctx) -> {
            if (e.kind() == HttpRefusal.Kind.UNAUTHENTICATED) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"okoce\"");
            }
            send(ctx, e.kind().status(), e.kind().name(), e.getMessage(), List.of(), Map.of());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                methodNotAllowed(ctx, allowed);
                return;
            }
            if (e.getStatus() == 404) {
                sendWith(ctx, 404, HttpRefusal.Kind.ROUTE_NOT_FOUND.name(), routeNotFound(ctx.method().name(), ctx.path()), List.of(),
                        Map.of(), null, ctx.method().name() + " " + LogSafe.path(ctx.path()));
                return;
            }
            send(ctx, e.getStatus(), codeOf(e.getStatus()),
                    e.getStatus() == 413 ? "the body is larger than 1 MiB" : "the request cannot be served", List.of(), Map.of());
        });
        config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                sendWith(ctx, 404, HttpRefusal.Kind.ROUTE_NOT_FOUND.name(), routeNotFound(ctx.method().name(), ctx.path()),
                        List.of(), Map.of(), null, ctx.method().name() + " " + LogSafe.path(ctx.path()));
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null) {
                methodNotAllowed(ctx, allowed);
            }
        });
    }

    /** The one wording of a route that does not exist. */
    public static String routeNotFound(String method, String path) {
        return "no such route: " + method + " " + LogSafe.path(path);
    }

    private static void methodNotAllowed(Context ctx, Function<String, List<String>> allowed) {
        List<String> methods = allowed.apply(ctx.path());
        ctx.header("Allow", String.join(", ", methods));
        sendWith(ctx, 405, HttpRefusal.Kind.METHOD_NOT_ALLOWED.name(), ctx.method() + " is not served here; use " + String.join(" or ", methods),
                List.of(), Map.of(), null, String.join(", ", methods));
    }

    /** The code of an HTTP-level refusal that carries only its status: the kind with that status, if one. */
    static String codeOf(int status) {
        for (HttpRefusal.Kind kind : HttpRefusal.Kind.values()) {
            if (kind.status() == status) {
                return kind.name();
            }
        }
        return status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
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
            case GONE -> 410;
            case UNAVAILABLE -> 503;
        };
    }

    private static void domain(Context ctx, DomainException e) {
        int status = status(e, ctx.header("If-Match") != null);
        if (status == 503) {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        List<FieldError> errors = e.kind() == ErrorKind.INVALID_INPUT
                ? List.of(FieldError.body(e.field().map(f -> "/" + f.replace('.', '/')).orElse(""), e.code().name(), e.getMessage()))
                : List.of();
        List<Explained.Candidate> candidates = e instanceof PossibleDuplicateException duplicate
                ? duplicate.candidates().stream().map(Explained.Candidate::of).toList() : null;
        sendWith(ctx, status, e.code().name(), e.getMessage(), errors, e.details(), candidates);
    }

    private static void unexpected(Context ctx, Exception e) {
        String reference = UUID.randomUUID().toString();
        StringBuilder types = new StringBuilder(e.getClass().getName());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            types.append(" <- ").append(cause.getClass().getName());
        }
        LOG.error("unexpected failure on {} {}: {} (reference {})", ctx.method(), LogSafe.path(ctx.path()), types, reference);
        sendWith(ctx, 500, "INTERNAL_ERROR", "an unexpected error occurred; quote reference " + reference, List.of(), Map.of(), null,
                reference);
    }

    /**
     * Answers with a problem, in the language the caller prefers ({@code Accept-Language}: Indonesian
     * by default, English): in English the specific sentence {@code detail} and each error's own
     * message; in Indonesian the texts of their codes. Codes, types, pointers and details never change.
     */
    public static void send(Context ctx, int status, String code, String detail, List<FieldError> errors,
                            Map<String, String> details) {
        sendWith(ctx, status, code, detail, errors, details, null);
    }

    private static void sendWith(Context ctx, int status, String code, String detail, List<FieldError> errors,
                                 Map<String, String> details, List<Explained.Candidate> candidates, Object... args) {
        Locale locale = Messages.negotiate(ctx.header("Accept-Language"));
        ctx.header("Content-Language", locale.toLanguageTag());
        ctx.header("Vary", "Accept-Language");
        boolean english = locale.equals(Messages.ENGLISH);
        String said = english ? detail : Messages.code(code, locale, args).orElse(detail);
        List<FieldError> localised = english ? errors : errors.stream()
                .map(e -> new FieldError(e.pointer(), e.parameter(), e.code(), Messages.code(e.code(), locale).orElse(e.message())))
                .toList();
        Problem problem = new Problem("urn:okoce:problem:" + code, Messages.title(status, locale), status, said, code,
                LogSafe.path(ctx.path()), localised.isEmpty() ? null : localised, details.isEmpty() ? null : details, candidates);
        ctx.status(status).contentType(MEDIA_TYPE).result(Json.write(problem));
    }

    /** A problem's JSON text, for answers written outside a route (by the HTTP server itself). */
    public static String body(int status, String code, String detail, String instance) {
        return Json.write(new Problem("urn:okoce:problem:" + code, title(status), status, detail, code, instance, null, null, null));
    }

    private static String title(int status) {
        return Statuses.of(status).title();
    }
}
