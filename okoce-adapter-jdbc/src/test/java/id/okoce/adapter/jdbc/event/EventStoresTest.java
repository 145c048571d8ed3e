package id.okoce.adapter.jdbc.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.jdbc.PostgresAdapters;
import id.okoce.adapter.jdbc.TestDatabase;
import id.okoce.application.port.out.EventLog;
import id.okoce.application.port.out.WebhookStore;
import id.okoce.domain.event.PublishedEvent;
import id.okoce.domain.event.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The feed's numbering and the endpoints' leases, against PostgreSQL, with writers and workers at once. */
class EventStoresTest {

    private final Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());
    private final EventLog events = PostgresAdapters.events(TestDatabase.get().database().dataSource());
    private final WebhookStore webhooks = PostgresAdapters.webhooks(TestDatabase.get().database().dataSource());

    /** Writes and publishes one event; returns the newest id. */
    private long publishedOne() {
        jdbi.useHandle(h -> h.execute("INSERT INTO event_outbox (type, at, province, object_id, payload) "
                + "VALUES ('product.defined', now(), NULL, 'one', '{}')"));
        while (events.publish(1000) > 0) {
            // until it is in the feed
        }
        return events.newest();
    }

    @Test
    void publishers_racing_each_other_and_writers_number_every_event_once_without_gaps() throws Exception {
        long before = events.newest();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Object>> work = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            work.add(() -> {
                for (int i = 0; i < 200; i++) {
                    jdbi.useHandle(h -> h.execute("INSERT INTO event_outbox (type, at, province, object_id, payload) "
                            + "VALUES ('product.defined', now(), NULL, 'race', '{}')"));
                }
                return null;
            });
        }
        for (int p = 0; p < 3; p++) {
            work.add(() -> {
                for (int i = 0; i < 100; i++) {
                    events.publish(50);
                }
                return null;
            });
        }
        for (Future<Object> done : pool.invokeAll(work)) {
            done.get();
        }
        while (events.publish(1000) > 0) {
            // the rest
        }
        pool.shutdown();
        List<PublishedEvent> all = new ArrayList<>();
        long after = before;
        List<PublishedEvent> page;
        while (!(page = events.after(after, 1000, EventLog.Filter.all())).isEmpty()) {
            all.addAll(page);
            after = page.get(page.size() - 1).id();
        }
        long raced = all.stream().filter(e -> e.event().objectId().equals("race")).count();
        assertThat(raced).isGreaterThanOrEqualTo(600);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).id()).as("no gap, no repeat").isEqualTo(all.get(i - 1).id() + 1);
        }
        assertThat(events.firstPublishedAt(Instant.now().plusSeconds(3600))).isEqualTo(events.newest() + 1);
    }

    @Test
    void workers_claiming_at_once_never_hold_the_same_endpoint_and_an_idle_one_is_not_claimed() throws Exception {
        long newest = publishedOne();
        WebhookEndpoint idle = new WebhookEndpoint(UUID.randomUUID(), Optional.empty(), "https://hook.example.org/idle", Set.of(), "",
                "whsec_x", Optional.empty(), Optional.empty(), Instant.now(), newest, 0, Optional.empty(), Instant.now(),
                Optional.empty(), Optional.empty());
        webhooks.create(idle);
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), Optional.empty(), "https://hook.example.org/" + i, Set.of(),
                    "", "whsec_x", Optional.empty(), Optional.empty(), Instant.now(), 0, 0, Optional.empty(), Instant.now(),
                    Optional.empty(), Optional.empty());
            webhooks.create(endpoint);
            made.add(endpoint.id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Object>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            workers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    webhooks.claimDue(2, Duration.ofMinutes(1)).forEach(e -> claimed.add(e.id()));
                }
                return null;
            });
        }
        for (Future<Object> done : pool.invokeAll(workers)) {
            done.get();
        }
        pool.shutdown();
        assertThat(claimed).as("nothing after its cursor: not claimed").doesNotContain(idle.id());
        webhooks.delete(idle.id());
        List<UUID> ours = claimed.stream().filter(made::contains).toList();
        assertThat(ours).as("each claimed once while its lease runs").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        for (UUID id : made) {
            webhooks.delete(id);
        }
    }
}
