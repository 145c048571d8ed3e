package id.okoce.adapter.http.api;

import io.javalin.http.Context;
import java.util.OptionalLong;

/** Versions as ETags ({@code "3"}) and the If-Match precondition of state-changing calls. */
public final class Versions {

    private Versions() {
    }

    /** The ETag of version {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller read, from If-Match: {@code "3"} or {@code W/"3"}; empty for {@code *}.
     * A value that names no version is taken as stale.
     *
     * @throws HttpRefusal {@code PRECONDITION_REQUIRED} when If-Match is missing
     */
    public static OptionalLong requireIfMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new HttpRefusal(HttpRefusal.Kind.PRECONDITION_REQUIRED,
                    "this call changes a versioned resource: send If-Match with the ETag you read");
        }
        String value = header.strip();
        if (value.equals("*")) {
            return OptionalLong.empty();
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.of(-1);
        }
    }
}
