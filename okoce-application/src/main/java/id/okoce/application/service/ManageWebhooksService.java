package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.event.ManageWebhooksUseCase;
import id.okoce.application.port.out.EndpointGuard;
import id.okoce.application.port.out.EventLog;
import id.okoce.application.port.out.WebhookStore;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.NetworkEvent;
import id.okoce.domain.event.WebhookEndpoint;
import id.okoce.domain.shared.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Registers and manages webhook endpoints, each confined to its owner. */
public final class ManageWebhooksService implements ManageWebhooksUseCase {

    /** How long the previous secret keeps signing after a rotation. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private final WebhookStore store;
    private final EndpointGuard guard;
    private final EventLog events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Wires the service. */
    public ManageWebhooksService(WebhookStore store, EndpointGuard guard, EventLog events, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WithSecret register(Actor actor, String url, List<String> types, String description) {
        actor.requireRole("register webhooks", Role.HUB_ADMIN, Role.PARTNER);
        URI uri = checked(url);
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (!NetworkEvent.TYPES.contains(type)) {
                throw new DomainException(ApplicationError.EVENT_TYPE_UNKNOWN, "types." + i, "no event has type " + type
                        + "; the types are " + new TreeSet<>(NetworkEvent.TYPES));
            }
        }
        String about = description == null ? "" : description.strip();
        if (about.length() > 500 || about.chars().anyMatch(c -> c < 0x20)) {
            throw new DomainException(ApplicationError.WEBHOOK_URL_INVALID, "description", "a description is at most 500 characters "
                    + "without control characters");
        }
        String secret = newSecret();
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), actor.partner(), uri.toString(), Set.copyOf(types), about, secret,
                Optional.empty(), Optional.empty(), now, events.newest(), 0, Optional.empty(), now, Optional.empty(), Optional.empty());
        store.create(endpoint);
        return new WithSecret(endpoint, secret);
    }

    @Override
    public List<WebhookEndpoint> list(Actor actor) {
        actor.requireRole("read webhooks", Role.HUB_ADMIN, Role.PARTNER);
        return store.list(actor.partner(), actor.isHub());
    }

    @Override
    public WebhookEndpoint get(Actor actor, UUID id) {
        actor.requireRole("read webhooks", Role.HUB_ADMIN, Role.PARTNER);
        return store.find(id).filter(e -> actor.isHub() || e.owner().equals(actor.partner()))
                .orElseThrow(() -> new DomainException(ApplicationError.WEBHOOK_NOT_FOUND, "id", "no webhook endpoint " + id));
    }

    @Override
    public void delete(Actor actor, UUID id) {
        store.delete(get(actor, id).id());
    }

    @Override
    public WithSecret rotateSecret(Actor actor, UUID id) {
        WebhookEndpoint endpoint = get(actor, id);
        String secret = newSecret();
        store.rotate(endpoint.id(), secret, clock.instant().plus(ROTATION_OVERLAP));
        return new WithSecret(get(actor, id), secret);
    }

    @Override
    public List<DeliveryAttempt> attempts(Actor actor, UUID id, int limit) {
        return store.attempts(get(actor, id).id(), Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public WebhookEndpoint replay(Actor actor, UUID id, Optional<Long> fromEventId, Optional<Instant> from) {
        WebhookEndpoint endpoint = get(actor, id);
        if (fromEventId.isPresent() == from.isPresent()) {
            throw new DomainException(ApplicationError.REPLAY_INVALID, "fromEventId",
                    "give either fromEventId or from (a time), not both and not neither");
        }
        long first = fromEventId.orElseGet(() -> events.firstPublishedAt(from.get()));
        if (first < 1) {
            throw new DomainException(ApplicationError.REPLAY_INVALID, "fromEventId", "event ids start at 1");
        }
        store.rewind(endpoint.id(), first - 1);
        return get(actor, id);
    }

    private URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new DomainException(ApplicationError.WEBHOOK_URL_INVALID, "url", "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                || uri.getUserInfo() != null || uri.getFragment() != null || uri.toString().length() > 2000) {
            throw new DomainException(ApplicationError.WEBHOOK_URL_INVALID, "url",
                    "an endpoint is an absolute http or https URL with a host, without credentials or fragment, at most 2000 characters");
        }
        guard.check(uri);
        return uri;
    }

    private String newSecret() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
