package id.okoce.adapter.jdbc.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.jdbc.PostgresDatabase;
import id.okoce.adapter.jdbc.TestDatabase;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token cache on a real PostgreSQL: what it keeps, and that every change — from this process
 * or any other — empties it, and that it keeps nothing while it cannot hear changes.
 */
class TokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T03:00:00Z");

    private final PostgresDatabase database = TestDatabase.get().database();
    /** Another process on the same database (the command line, another instance): no cache. */
    private final JdbcTokenRepository elsewhere = new JdbcTokenRepository(new JdbiTransactions(Jdbi.create(database.dataSource())));
    private final AtomicBoolean refuseConnections = new AtomicBoolean();
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<String, Optional<ApiToken>> read = hash -> {
        reads.incrementAndGet();
        return elsewhere.findByHash(hash);
    };
    private TokenCache cache;

    @BeforeEach
    void listen() throws InterruptedException {
        cache = TokenCache.listening(() -> {
            if (refuseConnections.get()) {
                throw new SQLException("refused by the test");
            }
            return database.connectOutsidePool();
        });
        assertThat(cache.awaitLive(Duration.ofSeconds(10))).isTrue();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private ApiToken issued() {
        ApiToken token = new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(),
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), NOW, Optional.empty());
        elsewhere.add(token);
        return token;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void a_token_is_read_once_then_served_from_memory_but_an_unknown_secret_always_reaches_the_database() {
        ApiToken token = issued();
        assertThat(cache.find(token.secretHash(), read)).contains(token);
        assertThat(cache.find(token.secretHash(), read)).contains(token);
        assertThat(reads).hasValue(1);

        cache.find("no-such-secret", read);
        cache.find("no-such-secret", read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_revocation_committed_by_another_process_empties_the_cache_within_moments() throws Exception {
        ApiToken token = issued();
        cache.find(token.secretHash(), read);
        long start = System.nanoTime();
        assertThat(elsewhere.revoke(token.id(), NOW)).isTrue();
        awaitTrue(() -> !cache.find(token.secretHash(), read).orElseThrow().active());
        long heardAfterMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(reads).hasValue(2);
        assertThat(heardAfterMs).as("the announcement arrives at commit, not at the next expiry").isLessThan(TokenCache.TIME_TO_LIVE.toMillis());
    }

    @Test
    void a_revocation_in_this_process_is_forgotten_when_it_commits() {
        JdbiTransactions transactions = new JdbiTransactions(Jdbi.create(database.dataSource()));
        JdbcTokenRepository cached = new JdbcTokenRepository(transactions, Optional.of(cache));
        ApiToken token = issued();
        assertThat(cached.findByHash(token.secretHash()).orElseThrow().active()).isTrue();
        transactions.inTransaction(() -> cached.revoke(token.id(), NOW));
        assertThat(cached.findByHash(token.secretHash()).orElseThrow().active())
                .as("no wait for the announcement: this process forgot at commit").isFalse();
    }

    @Test
    void a_lookup_that_overlaps_a_change_does_not_keep_what_it_read() {
        ApiToken token = issued();
        cache.find(token.secretHash(), hash -> {
            Optional<ApiToken> before = read.apply(hash);
            cache.forget();   // a change is announced while the database is being read
            return before;
        });
        cache.find(token.secretHash(), read);
        assertThat(reads).as("the overlapping read was not kept").hasValue(2);
    }

    @Test
    void while_changes_cannot_be_heard_nothing_is_kept_and_keeping_resumes_once_they_can() throws Exception {
        ApiToken token = issued();
        cache.find(token.secretHash(), read);
        refuseConnections.set(true);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'okoce-listener'");
        }
        awaitTrue(() -> !cache.live());
        int before = reads.get();
        cache.find(token.secretHash(), read);
        cache.find(token.secretHash(), read);
        assertThat(reads.get() - before).as("every lookup reads the database").isEqualTo(2);

        refuseConnections.set(false);
        assertThat(cache.awaitLive(Duration.ofSeconds(10))).isTrue();
        cache.find(token.secretHash(), read);
        cache.find(token.secretHash(), read);
        assertThat(reads.get() - before).isEqualTo(3);
    }

    @Test
    void a_closed_cache_keeps_nothing_and_leaves_no_listener_behind() throws Exception {
        ApiToken token = issued();
        cache.close();
        assertThat(cache.live()).isFalse();
        cache.find(token.secretHash(), read);
        cache.find(token.secretHash(), read);
        assertThat(reads).hasValue(2);
        awaitTrue(() -> listeners() == 0);
    }

    private int listeners() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'okoce-listener'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
