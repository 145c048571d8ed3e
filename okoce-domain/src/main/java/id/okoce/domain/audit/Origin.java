package id.okoce.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an action came from: the request it was part of and the route or command that served it.
 *
 * @param requestId the request's id (the {@code X-Request-Id} of an HTTP request), if any
 * @param channel   the route or command, e.g. {@code GET /api/v1/members/{id}} or {@code okoce import}
 */
public record Origin(Optional<String> requestId, String channel) {

    /** Checks the parts: a request id of 1–64 printable characters, a channel of 1–200. */
    public Origin {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(channel, "channel");
        requestId.ifPresent(id -> {
            if (id.isEmpty() || id.length() > 64 || !id.chars().allMatch(c -> c > 32 && c < 127)) {
                throw new IllegalArgumentException("a request id has 1–64 printable ASCII characters");
            }
        });
        if (channel.isEmpty() || channel.length() > 200) {
            throw new IllegalArgumentException("a channel has 1–200 characters");
        }
    }

    /** An action called directly, outside any request (an embedding application, a test). */
    public static Origin direct() {
        return new Origin(Optional.empty(), "direct call");
    }

    /** An action of a command of the command line, e.g. {@code okoce import}. */
    public static Origin command(String name) {
        return new Origin(Optional.empty(), name);
    }
}
