package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.IdempotencyStore.Outcome;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.IdempotencyStore}. */
public abstract class IdempotencyStoreContract extends PortContract {

    private static final Instant NOW = Instant.parse("2026-01-01T03:00:00Z");
    private static final Instant DAY_AGO = NOW.minusSeconds(86_400);

    private Optional<Outcome> claim(String scope, String key, Instant now) {
        return ports.transactions().inTransaction(() -> ports.idempotency().claim(scope, key, now, now.minusSeconds(86_400)));
    }

    private void answer(String scope, String key, Instant now, Outcome outcome) {
        ports.transactions().run(() -> {
            assertThat(ports.idempotency().claim(scope, key, now, now.minusSeconds(86_400)))
                    .as("a key nobody answered yet is claimed").isEmpty();
            ports.idempotency().complete(scope, key, outcome);
        });
    }

    @Test
    void a_completed_claim_is_found_by_the_next_claim_and_keys_are_scoped() {
        String key = UUID.randomUUID().toString();
        Outcome created = new Outcome("f1", 201, "{\"id\":1}", Optional.of("/api/v1/members/1"), Optional.of("\"1\""));
        answer("caller-a", key, NOW, created);
        assertThat(claim("caller-a", key, NOW.plusSeconds(5))).as("the same caller's retry finds the first answer").contains(created);
        assertThat(claim("caller-b", key, NOW)).as("another caller's key of the same text is another key").isEmpty();
        Outcome noLocation = new Outcome("f3", 200, "{}", Optional.empty(), Optional.empty());
        answer("caller-b", key, NOW, noLocation);
        assertThat(claim("caller-b", key, NOW)).contains(noLocation);
        assertThat(claim("caller-a", key, NOW)).as("caller-b's answer did not replace caller-a's").contains(created);
    }

    @Test
    void answers_mentioning_a_member_are_forgotten_and_others_kept() {
        String member = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        answer("caller", key, NOW, new Outcome("f", 201, "{\"id\":\"" + member + "\"}", Optional.of("/api/v1/members/" + member),
                Optional.empty()));
        Outcome elsewhere = new Outcome("f", 201, "{\"id\":\"x\"}", Optional.of("/api/v1/members/" + other), Optional.empty());
        answer("caller", other, NOW, elsewhere);
        assertThat(ports.transactions().inTransaction(() -> ports.idempotency().forgetMentioning(member))).isEqualTo(1);
        assertThat(claim("caller", key, NOW)).as("the answer naming the member is gone").isEmpty();
        assertThat(claim("caller", other, NOW)).contains(elsewhere);
    }

    @Test
    void a_rolled_back_claim_leaves_the_key_free() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.idempotency().claim("caller", key, NOW, DAY_AGO);
            throw new IllegalStateException("the work was refused");
        })).isInstanceOf(IllegalStateException.class);
        Outcome later = new Outcome("f", 201, "{}", Optional.empty(), Optional.empty());
        answer("caller", key, NOW, later);
        assertThat(claim("caller", key, NOW)).contains(later);
    }

    @Test
    void an_outcome_older_than_the_live_period_counts_as_none_and_is_forgotten() {
        String key = UUID.randomUUID().toString();
        Outcome old = new Outcome("f", 201, "{}", Optional.empty(), Optional.empty());
        answer("caller", key, NOW.minusSeconds(90_000), old);
        assertThat(claim("caller", key, NOW)).as("an expired answer is not replayed").isEmpty();

        String forgotten = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        answer("caller", forgotten, NOW.minusSeconds(90_000), old);
        answer("caller", kept, NOW, old);
        int deleted = ports.transactions().inTransaction(() -> ports.idempotency().forgetRememberedBefore(DAY_AGO));
        assertThat(deleted).as("at least the expired answer was deleted").isGreaterThanOrEqualTo(1);
        assertThat(claim("caller", kept, NOW)).as("a live answer is kept").contains(old);
    }

    @Test
    void a_second_claim_of_a_key_in_flight_waits_for_the_first_and_then_gets_its_outcome() throws Exception {
        String key = UUID.randomUUID().toString();
        Outcome first = new Outcome("f", 201, "{\"first\":true}", Optional.empty(), Optional.of("\"1\""));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> owner = threads.submit(() -> ports.transactions().run(() -> {
                assertThat(ports.idempotency().claim("caller", key, NOW, DAY_AGO)).isEmpty();
                claimed.countDown();
                await(release);
                ports.idempotency().complete("caller", key, first);
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Optional<Outcome>> retry = threads.submit(() -> claim("caller", key, NOW));
            Thread.sleep(200);
            assertThat(retry.isDone()).as("the retry waits while the first request runs").isFalse();
            release.countDown();
            owner.get(10, TimeUnit.SECONDS);
            assertThat(retry.get(10, TimeUnit.SECONDS)).as("then it gets the first request's answer").contains(first);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
