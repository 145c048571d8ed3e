package id.okoce.application.port.in.access;

import id.okoce.domain.access.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers what a keyed request answered, per caller, so a retry with the same key gets the
 * same answer instead of doing the work twice.
 */
public interface ReplayRequestsUseCase {

    /** The outcome {@code actor} got for {@code key}, if remembered. */
    Optional<RememberedOutcome> recall(Actor actor, String key);

    /** Remembers an outcome for {@code actor} and {@code key}; the first one stays. */
    void remember(Actor actor, String key, RememberedOutcome outcome);

    /**
     * An answer to replay.
     *
     * @param fingerprint a hash of the request it answered
     * @param status      its status
     * @param body        its body
     * @param location    its location, if any
     */
    record RememberedOutcome(String fingerprint, int status, String body, Optional<String> location) {
        /** Checks the parts. */
        public RememberedOutcome {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(location, "location");
        }
    }
}
