package id.okoce.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the outcome of a request made with an idempotency key, so a retry with the same key
 * gets the same answer instead of doing the work twice. Keys are scoped to the caller.
 */
public interface IdempotencyStore {

    /** The outcome remembered for {@code key} in {@code scope}, or empty. */
    Optional<Outcome> find(String scope, String key);

    /**
     * Remembers an outcome; the first one stored for a key wins.
     *
     * @return false if an outcome was already stored for this key (nothing changed)
     */
    boolean remember(String scope, String key, Outcome outcome);

    /**
     * A remembered outcome.
     *
     * @param fingerprint a hash of the request it answered (to spot a key reused for another request)
     * @param status      the status answered
     * @param body        the body answered
     * @param location    the location answered, if any
     */
    record Outcome(String fingerprint, int status, String body, Optional<String> location) {
        /** Checks the parts. */
        public Outcome {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(location, "location");
        }
    }
}
