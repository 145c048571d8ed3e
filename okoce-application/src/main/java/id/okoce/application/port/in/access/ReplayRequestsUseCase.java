package id.okoce.application.port.in.access;

import id.okoce.domain.access.Actor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a keyed request once per caller and key, so a retry with the same key gets the same answer
 * instead of doing the work twice — also when the retries arrive while the first is still running.
 */
public interface ReplayRequestsUseCase {

    /**
     * Runs {@code work} and remembers its answer, or replays the answer remembered for {@code key}.
     * The work, the claim of the key and the remembered answer are one transaction: a refused
     * request (the work throws) leaves nothing remembered, and a retry runs it again. A request
     * arriving while another with the same key runs waits for that one and then replays its answer.
     *
     * @param fingerprint a hash of the request (its body), to refuse the key reused for another request
     * @throws id.okoce.domain.shared.DomainException {@code IDEMPOTENCY_KEY_REUSED} when the key answered
     *         another request; whatever {@code work} throws
     */
    Replay once(Actor actor, String key, String fingerprint, Supplier<RememberedOutcome> work);

    /** Deletes the answers remembered for longer than the retention period; returns how many. */
    int forgetExpired();

    /**
     * An answer to remember and replay.
     *
     * @param status   its status
     * @param body     its body
     * @param location its location, if any
     * @param version  its version (ETag), if any
     */
    record RememberedOutcome(int status, String body, Optional<String> location, Optional<String> version) {
        /** Checks the parts. */
        public RememberedOutcome {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * What a keyed request answers.
     *
     * @param outcome  the answer
     * @param replayed true when it is the remembered answer of an earlier request
     */
    record Replay(RememberedOutcome outcome, boolean replayed) {
        /** Checks the parts. */
        public Replay {
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
