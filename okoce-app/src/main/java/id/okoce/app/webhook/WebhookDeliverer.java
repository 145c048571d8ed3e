package id.okoce.app.webhook;

import id.okoce.adapter.http.event.WebhookMessage;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.out.EndpointGuard;
import id.okoce.application.port.out.EventLog;
import id.okoce.application.port.out.WebhookStore;
import id.okoce.domain.access.Actor;
import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.DeliveryBackoff;
import id.okoce.domain.event.PublishedEvent;
import id.okoce.domain.event.WebhookEndpoint;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.shared.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the feed to every enabled endpoint: each worker leases one due endpoint at a time, posts
 * its next events in id order (one request per event, {@link WebhookMessage}, signed as the Standard Webhooks specification
 * says, with the event's id as {@code webhook-id}), and records every attempt. The cursor moves only
 * when a round is settled, so a service killed mid-round delivers the round again, with the same ids.
 * A failure stops the endpoint's round and schedules a retry by {@link DeliveryBackoff}; an endpoint
 * failing for the whole period is disabled with the reason. Redirects are not followed, and a slow
 * receiver is cut off by the timeout without holding up the other endpoints (each worker serves one).
 */
public final class WebhookDeliverer implements AutoCloseable {

    /** What each worker sends in one round at most. */
    static final int ROUND = 200;
    /** The longest a round goes on sending before it is settled (then the endpoint is due again at once). */
    static final Duration ROUND_TIME = Duration.ofSeconds(10);
    /**
     * How long a claimed endpoint stays with its worker: longer than a round plus one request's timeout,
     * so a live worker never loses it; an instance that died frees its endpoints after this.
     */
    private final Duration lease;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);

    /**
     * How deliveries behave.
     *
     * @param workers  endpoints served at once
     * @param timeout  how long a receiver may take to answer
     * @param backoff  when failed deliveries are retried, and for how long
     */
    public record Options(int workers, Duration timeout, DeliveryBackoff backoff) {
    }

    private final WebhookStore store;
    private final EventLog events;
    private final OkoceCore core;
    private final EndpointGuard guard;
    private final Options options;
    private final Clock clock;
    private final HttpClient client;
    private final List<Thread> workers = new ArrayList<>();
    private final MeterRegistry metrics;
    private final Map<UUID, AtomicLong> lag = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /** A deliverer of {@code core}'s events to its webhook endpoints. */
    public WebhookDeliverer(OkoceCore core, EndpointGuard guard, Options options, Clock clock, MeterRegistry metrics) {
        this.core = core;
        this.store = core.webhooks();
        this.events = core.events();
        this.guard = guard;
        this.options = options;
        this.clock = clock;
        this.metrics = metrics;
        this.lease = ROUND_TIME.plus(options.timeout()).plusSeconds(10);
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(options.timeout()).build();
    }

    /** Starts the workers. */
    public void start() {
        for (int i = 0; i < options.workers(); i++) {
            Thread worker = new Thread(this::work, "okoce-webhooks-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    private void work() {
        while (running) {
            try {
                List<WebhookEndpoint> due = store.claimDue(1, lease);
                if (due.isEmpty()) {
                    Thread.sleep(50);
                    continue;
                }
                deliver(due.get(0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("webhook delivery paused a second: {}", e.getClass().getSimpleName());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One round for one leased endpoint. */
    void deliver(WebhookEndpoint endpoint) {
        Optional<Actor> owner = owner(endpoint);
        if (owner.isEmpty()) {
            store.settle(endpoint.id(), endpoint.deliveredThrough(), List.of(), endpoint.failures(), endpoint.failingSince(),
                    Optional.of(clock.instant().plus(Duration.ofMinutes(1))), Optional.empty());
            return;
        }
        // the newest id is read first: when fewer than a round come back, every event up to it that is for this
        // endpoint has been read, so the cursor may pass the others (other types, other areas)
        long newest = events.newest();
        List<PublishedEvent> next = core.readEvents().after(owner.get(), endpoint.deliveredThrough(), ROUND, endpoint.types());
        long through = endpoint.deliveredThrough();
        List<DeliveryAttempt> attempts = new ArrayList<>();
        long roundEnds = System.nanoTime() + ROUND_TIME.toNanos();
        boolean cut = false;
        for (PublishedEvent event : next) {
            if (System.nanoTime() > roundEnds) {
                cut = true;
                break;
            }
            DeliveryAttempt attempt = post(endpoint, event);
            attempts.add(attempt);
            count(endpoint, attempt);
            if (!attempt.delivered()) {
                int failures = endpoint.failures() + 1;
                Instant since = endpoint.failingSince().orElse(attempt.at());
                Optional<Instant> retry = options.backoff().next(since, failures, clock.instant());
                store.settle(endpoint.id(), through, attempts, failures, Optional.of(since), retry,
                        retry.isPresent() ? Optional.empty() : Optional.of("failed for " + options.backoff().giveUpAfter()
                                + " since " + since + "; last: " + attempt.error().orElse("")));
                lag(endpoint).set(newest - through);
                return;
            }
            through = event.id();
        }
        if (next.size() < ROUND && !cut) {
            through = Math.max(through, newest);
        }
        lag(endpoint).set(Math.max(0, newest - through));
        store.settle(endpoint.id(), through, attempts, 0, Optional.empty(),
                Optional.of(clock.instant()), Optional.empty());
    }

    private Optional<Actor> owner(WebhookEndpoint endpoint) {
        if (endpoint.owner().isEmpty()) {
            return Optional.of(Actor.system());
        }
        try {
            Partner partner = core.readPartners().get(Actor.system(), endpoint.owner().get());
            return partner.status() == PartnerStatus.VALIDATED
                    ? Optional.of(new Actor.PartnerActor(partner.id(), partner.area(), Optional.empty())) : Optional.empty();
        } catch (DomainException gone) {
            return Optional.empty();
        }
    }

    private DeliveryAttempt post(WebhookEndpoint endpoint, PublishedEvent event) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            URI url = URI.create(endpoint.url());
            guard.check(url);
            byte[] body = WebhookMessage.body(event);
            String id = "evt_" + event.id();
            long timestamp = at.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(options.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "okoce-webhooks")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(endpoint.signingSecrets(at), id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            long ms = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            return new DeliveryAttempt(event.id(), at, OptionalInt.of(status), ms,
                    status / 100 == 2 ? Optional.empty() : Optional.of("answered " + status));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(event, at, started, "interrupted");
        } catch (java.net.http.HttpTimeoutException e) {
            return failed(event, at, started, "no answer within " + options.timeout().toMillis() + " ms");
        } catch (DomainException e) {
            return failed(event, at, started, "refused: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return failed(event, at, started, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static DeliveryAttempt failed(PublishedEvent event, Instant at, long started, String why) {
        return new DeliveryAttempt(event.id(), at, OptionalInt.empty(), (System.nanoTime() - started) / 1_000_000, Optional.of(why));
    }

    private void count(WebhookEndpoint endpoint, DeliveryAttempt attempt) {
        if (metrics == null) {
            return;
        }
        Counter.builder("okoce_webhook_attempts").description("webhook delivery attempts").tag("endpoint", endpoint.id().toString())
                .tag("outcome", attempt.delivered() ? "delivered" : "failed").register(metrics).increment();
    }

    private AtomicLong lag(WebhookEndpoint endpoint) {
        return lag.computeIfAbsent(endpoint.id(), id -> {
            AtomicLong value = new AtomicLong();
            if (metrics != null) {
                Gauge.builder("okoce_webhook_lag_events", value, AtomicLong::get).description("events not yet delivered to the endpoint")
                        .tag("endpoint", id.toString()).register(metrics);
            }
            return value;
        });
    }

    @Override
    public void close() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
