package id.okoce.application.port.in.event;

import id.okoce.domain.access.Actor;
import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhooks: the hub (for any event) and a partner (for its area's) register endpoints; each receives
 * the events it asks for, signed, in order, at least once.
 */
public interface ManageWebhooksUseCase {

    /**
     * An endpoint just registered or given a new secret: the secret is shown this once.
     *
     * @param endpoint the endpoint
     * @param secret   its signing secret ({@code whsec_…})
     */
    record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    /**
     * Registers an endpoint receiving events from now on.
     *
     * @param types the event types (all when empty); an unknown one is refused at its index ({@code types.2})
     * @throws id.okoce.domain.shared.DomainException {@code WEBHOOK_URL_INVALID}, {@code WEBHOOK_URL_FORBIDDEN},
     *         {@code EVENT_TYPE_UNKNOWN}, {@code ACCESS_DENIED} (a bank)
     */
    WithSecret register(Actor actor, String url, List<String> types, String description);

    /** The caller's endpoints (the hub: every one). */
    List<WebhookEndpoint> list(Actor actor);

    /** One of the caller's endpoints ({@code WEBHOOK_NOT_FOUND} otherwise). */
    WebhookEndpoint get(Actor actor, UUID id);

    /** Deletes one of the caller's endpoints. */
    void delete(Actor actor, UUID id);

    /** A new secret; the old one keeps signing (both signatures sent) for a day. */
    WithSecret rotateSecret(Actor actor, UUID id);

    /** The newest attempts, newest first, at most {@code limit}. */
    List<DeliveryAttempt> attempts(Actor actor, UUID id, int limit);

    /**
     * Delivers again from event {@code fromEventId} (inclusive), or from the first event published at
     * or after {@code from}; enables the endpoint if it was disabled.
     */
    WebhookEndpoint replay(Actor actor, UUID id, Optional<Long> fromEventId, Optional<Instant> from);
}
