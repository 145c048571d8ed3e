package id.okoce.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers the outcome of requests made with an idempotency key, so a retry with the same key
 * gets the same answer instead of doing the work twice. Keys are scoped to the caller. Both calls
 * that write join the current {@link Transactions} transaction, and must be made inside one: the
 * claim and the outcome commit (or roll back) together with the work they guard.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} in {@code scope} for a request about to run, or finds what it answered.
     *
     * <ul>
     *   <li>An outcome remembered at or after {@code liveSince}: returned, nothing changes.</li>
     *   <li>Otherwise (none, one remembered before {@code liveSince}, or a claim that was committed
     *       without an outcome — each counts as none): the
     *       key is claimed by the current transaction and empty is returned; the caller does the
     *       work and {@link #complete}s the claim before committing.</li>
     *   <li>While another transaction holds a claim on the same key, this call waits until that
     *       transaction ends: if it committed, its outcome is returned; if it rolled back, the claim
     *       passes to the caller. Two concurrent requests with one key never both do the work.</li>
     * </ul>
     *
     * @param now when the claim is made (stored as the outcome's time)
     */
    Optional<Outcome> claim(String scope, String key, Instant now, Instant liveSince);

    /** Stores the outcome of the key the current transaction claimed. */
    void complete(String scope, String key, Outcome outcome);

    /** Deletes every outcome remembered before {@code cutoff}; returns how many. */
    int forgetRememberedBefore(Instant cutoff);

    /**
     * Deletes every remembered outcome whose body or location contains {@code text} (a member's id,
     * when an erasure destroys what is held about the member); returns how many. Joins the current
     * transaction.
     */
    int forgetMentioning(String text);

    /**
     * A remembered outcome.
     *
     * @param fingerprint a hash of the request it answered (to spot a key reused for another request)
     * @param status      the status answered
     * @param body        the body answered
     * @param location    the location answered, if any
     * @param version     the version (ETag) answered, if any
     */
    record Outcome(String fingerprint, int status, String body, Optional<String> location, Optional<String> version) {
        /** Checks the parts. */
        public Outcome {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(version, "version");
        }
    }
}
