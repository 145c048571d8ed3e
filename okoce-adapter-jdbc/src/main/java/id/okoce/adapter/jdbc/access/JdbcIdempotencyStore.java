package id.okoce.adapter.jdbc.access;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.IdempotencyStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Remembered outcomes in the {@code idempotency_keys} table. A claim inserts the key's row; a
 * concurrent claim of the same key waits on the primary key until the first transaction ends,
 * then finds its committed outcome (or, after a rollback, inserts the row itself).
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String CLAIM = """
            INSERT INTO idempotency_keys (scope, key, created_at) VALUES (:scope, :key, :now)
            ON CONFLICT (scope, key) DO UPDATE
                SET fingerprint = NULL, status = NULL, body = NULL, location = NULL, version = NULL, created_at = EXCLUDED.created_at
                WHERE idempotency_keys.created_at < :liveSince OR idempotency_keys.status IS NULL
            RETURNING true""";

    private final JdbiTransactions transactions;

    /** A store whose calls join {@code transactions}. */
    public JdbcIdempotencyStore(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Outcome> claim(String scope, String key, Instant now, Instant liveSince) {
        return transactions.withHandle(h -> {
            boolean claimed = h.createQuery(CLAIM).bind("scope", scope).bind("key", key).bind("now", utc(now))
                    .bind("liveSince", utc(liveSince)).mapTo(Boolean.class).findOne().isPresent();
            if (claimed) {
                return Optional.empty();
            }
            return h.createQuery("SELECT fingerprint, status, body, location, version FROM idempotency_keys "
                            + "WHERE scope = :scope AND key = :key AND status IS NOT NULL")
                    .bind("scope", scope).bind("key", key)
                    .map((rs, ctx) -> new Outcome(rs.getString("fingerprint"), rs.getInt("status"), rs.getString("body"),
                            Optional.ofNullable(rs.getString("location")), Optional.ofNullable(rs.getString("version"))))
                    .findOne();
        });
    }

    @Override
    public void complete(String scope, String key, Outcome outcome) {
        int updated = transactions.withHandle(h -> h.createUpdate("""
                        UPDATE idempotency_keys SET fingerprint = :fingerprint, status = :status, body = :body, location = :location,
                            version = :version
                        WHERE scope = :scope AND key = :key AND status IS NULL""")
                .bind("scope", scope).bind("key", key).bind("fingerprint", outcome.fingerprint())
                .bind("status", outcome.status()).bind("body", outcome.body()).bind("location", outcome.location().orElse(null))
                .bind("version", outcome.version().orElse(null))
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("complete() without a claim of the key");
        }
    }

    @Override
    public int forgetRememberedBefore(Instant cutoff) {
        return transactions.withHandle(h -> h.createUpdate("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .bind("cutoff", utc(cutoff)).execute());
    }

    @Override
    public int forgetMentioning(String text) {
        return transactions.withHandle(h -> h.createUpdate("DELETE FROM idempotency_keys WHERE strpos(body, :text) > 0 "
                + "OR strpos(location, :text) > 0").bind("text", text).execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
