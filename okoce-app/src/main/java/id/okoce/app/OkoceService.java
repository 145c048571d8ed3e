package id.okoce.app;

import com.google.inject.Injector;
import id.okoce.adapter.http.HttpApi;
import id.okoce.app.webhook.WebhookDeliverer;
import id.okoce.application.port.in.access.IssuedToken;
import id.okoce.application.port.in.member.ApplyRetentionUseCase.RetentionReport;
import id.okoce.application.port.out.EndpointGuard;
import id.okoce.domain.access.Actor;
import id.okoce.domain.event.DeliveryBackoff;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: database, core and HTTP API. Stopping it stops accepting requests, lets
 * those in flight finish, closes the pool and stops the embedded database cleanly.
 */
public final class OkoceService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OkoceService.class);

    private final Composition composition;
    private final HttpApi http;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final EventPublisher publisher;
    private final WebhookDeliverer deliverer;
    private final CountDownLatch done = new CountDownLatch(1);
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "okoce-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private OkoceService(Composition composition) {
        this.composition = composition;
        this.http = composition.http();
        this.publisher = new EventPublisher(composition.core().events());
        Settings.Webhooks w = composition.injector().getInstance(Settings.class).webhooks();
        this.deliverer = new WebhookDeliverer(composition.core(), composition.injector().getInstance(EndpointGuard.class),
                new WebhookDeliverer.Options(w.workers(), w.timeout(),
                        new DeliveryBackoff(w.firstRetry(), DeliveryBackoff.STANDARD.longest(), w.retryPeriod())),
                Clock.systemUTC(), composition.injector().getInstance(Metrics.class).registry());
    }

    /**
     * Starts everything. On the first start of an empty database a hub-admin token is created and
     * printed to {@code out}, once; only its hash is stored.
     */
    public static OkoceService start(Settings settings, PrintWriter out) {
        Composition composition = Composition.open(settings, OkoceModule.Purpose.SERVICE);
        OkoceService service;
        try {
            service = new OkoceService(composition);
        } catch (RuntimeException e) {
            composition.close();
            throw e;
        }
        try {
            composition.prepareDatabase();
            Optional<IssuedToken> first = composition.core().manageTokens().issueFirstAdminToken();
            first.ifPresent(token -> {
                out.println("First start: a HUB_ADMIN token was created. It is shown this once and only its hash is kept:");
                out.println(token.secret());
                out.flush();
            });
            service.publisher.start();
            service.deliverer.start();
            service.http.start(settings.host(), settings.port());
            service.housekeeping.scheduleWithFixedDelay(service::forgetExpiredAnswers, 1, 60, TimeUnit.MINUTES);
            if (settings.retention().isPresent()) {
                service.housekeeping.scheduleWithFixedDelay(service::applyRetention, 5, 24 * 60, TimeUnit.MINUTES);
            }
            if (!settings.readRecords()) {
                LOG.warn("read records are OFF (--read-records off): reads of personal data are not accounted for, as UU PDP asks; "
                        + "use this only to measure what recording costs");
            }
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        LOG.info("OK OCE Network listening on http://{}:{} ({})", settings.host(), service.http.port(), settings);
        return service;
    }

    /** Deletes the remembered answers of keyed requests past their retention (they may hold personal data). */
    private void forgetExpiredAnswers() {
        try {
            int forgotten = composition.core().replayRequests().forgetExpired();
            if (forgotten > 0) {
                LOG.info("deleted {} remembered answers of keyed requests past their retention", forgotten);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not delete expired answers of keyed requests ({}); trying again in an hour", e.getMessage());
        }
    }

    /** Erases the members past the retention period, once a day. */
    private void applyRetention() {
        try {
            RetentionReport report = composition.core().applyRetention().apply(Actor.system(), false);
            LOG.info("retention: {} members with no activity since {}, {} erased", report.found(), report.cutoff().orElse(null),
                    report.erased());
        } catch (RuntimeException e) {
            LOG.warn("the retention run failed ({}); trying again tomorrow", e.getMessage());
        }
    }

    /** The HTTP port it listens on. */
    public int port() {
        return http.port();
    }

    /** The Guice injector, for tests and tools that run beside the service. */
    public Injector injector() {
        return composition.injector();
    }

    /** Waits until the service is stopped. */
    public void awaitStop() throws InterruptedException {
        done.await();
    }

    /** Stops gracefully; safe to call twice. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        LOG.info("stopping: no new requests, waiting for those in flight");
        try {
            housekeeping.shutdownNow();
            http.stop();
            deliverer.close();
            publisher.close();
        } finally {
            composition.close();
            done.countDown();
            LOG.info("stopped");
        }
    }
}
