package id.okoce.application.service;

import id.okoce.application.port.out.WebhookStore;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.WebhookEndpoint;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook store of an embedding that keeps none: every change is refused, and nothing is due. */
public final class NoWebhooks implements WebhookStore {

    /** The store of an embedding without webhooks. */
    public NoWebhooks() {
    }

    private static DomainException refused() {
        return new DomainException(AccessError.ACCESS_DENIED, null, "this embedding keeps no webhooks (OkoceCore.Builder.webhooks)");
    }

    @Override
    public void create(WebhookEndpoint endpoint) {
        throw refused();
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return Optional.empty();
    }

    @Override
    public List<WebhookEndpoint> list(Optional<PartnerId> owner, boolean all) {
        return List.of();
    }

    @Override
    public void delete(UUID id) {
        throw refused();
    }

    @Override
    public void rotate(UUID id, String secret, Instant previousUntil) {
        throw refused();
    }

    @Override
    public void rewind(UUID id, long deliveredThrough) {
        throw refused();
    }

    @Override
    public List<DeliveryAttempt> attempts(UUID id, int limit) {
        return List.of();
    }

    @Override
    public List<WebhookEndpoint> claimDue(int max, Duration lease) {
        return List.of();
    }

    @Override
    public void settle(UUID id, long deliveredThrough, List<DeliveryAttempt> attempts, int failures, Optional<Instant> failingSince,
                       Optional<Instant> next, Optional<String> reason) {
        throw refused();
    }
}
