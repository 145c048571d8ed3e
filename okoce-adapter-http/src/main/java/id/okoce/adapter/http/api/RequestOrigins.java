package id.okoce.adapter.http.api;

import id.okoce.domain.audit.Origin;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request being served on each thread, for the core's audit trail and read records: its id
 * (the client's {@code X-Request-Id} when it is a plain token of up to 64 characters, otherwise a
 * new one; always echoed in the answer) and its route. The core asks through {@link #current()}.
 */
public final class RequestOrigins {

    /** The header carrying a request's id. */
    public static final String HEADER = "X-Request-Id";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    private RequestOrigins() {
    }

    /** The origin of the request served on the calling thread, or a direct call outside any request. */
    public static Origin current() {
        Origin origin = CURRENT.get();
        return origin == null ? Origin.direct() : origin;
    }

    /** Starts serving {@code ctx} on {@code route} on this thread: its id is chosen and echoed. */
    public static Origin enter(Context ctx, String method, String route) {
        String given = ctx.header(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : newId();
        ctx.header(HEADER, id);
        Origin origin = new Origin(Optional.of(id), method + " " + route);
        CURRENT.set(origin);
        return origin;
    }

    /** A new request id: random, unique in practice, not a secret (so not drawn from the system's secure source). */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L, random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L)
                .toString();
    }

    /** Ends serving a request on this thread. */
    public static void leave() {
        CURRENT.remove();
    }
}
