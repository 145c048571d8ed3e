package id.okoce.application.port.out;

import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.WebhookEndpoint;
import id.okoce.domain.partner.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook endpoints, their delivery cursor and their attempts. Claims are leases, so several
 * service instances never deliver to one endpoint at once, and an instance that dies releases its
 * endpoints when the lease runs out (what it was delivering is delivered again, with the same id).
 */
public interface WebhookStore {

    /** Stores a new endpoint. */
    void create(WebhookEndpoint endpoint);

    /** The endpoint, unless deleted. */
    Optional<WebhookEndpoint> find(UUID id);

    /** The endpoints of {@code owner} (the hub's when empty), or every one when {@code all}. */
    List<WebhookEndpoint> list(Optional<PartnerId> owner, boolean all);

    /** Deletes it: nothing is delivered to it any more. */
    void delete(UUID id);

    /** A new secret; the old one signs too until {@code previousUntil}. */
    void rotate(UUID id, String secret, Instant previousUntil);

    /** Delivers again from the event after {@code deliveredThrough}, enabling it if it was disabled. */
    void rewind(UUID id, long deliveredThrough);

    /** The newest attempts, newest first. */
    List<DeliveryAttempt> attempts(UUID id, int limit);

    /**
     * Up to {@code max} enabled endpoints due now that no one holds and that have events after their
     * cursor, each leased to the caller for {@code lease}.
     */
    List<WebhookEndpoint> claimDue(int max, Duration lease);

    /**
     * Records a round of delivery and releases the lease: the attempts, the cursor, and what comes next
     * (now again, a retry at {@code next}, or, when {@code next} is empty after failures, disabled with {@code reason}).
     *
     * @param deliveredThrough the last event delivered or passed over
     * @param failures         failed attempts in a row now (0 after a success)
     * @param failingSince     when this run of failures began, if failing
     * @param next             when to try next; empty with failures means give up
     * @param reason           why it is disabled, when it is
     */
    void settle(UUID id, long deliveredThrough, List<DeliveryAttempt> attempts, int failures, Optional<Instant> failingSince,
                Optional<Instant> next, Optional<String> reason);
}
