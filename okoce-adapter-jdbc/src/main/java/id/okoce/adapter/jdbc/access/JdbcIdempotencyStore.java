package id.okoce.adapter.jdbc.access;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.IdempotencyStore;
import java.util.Optional;

/** Remembered outcomes in the {@code idempotency_keys} table. */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private final JdbiTransactions transactions;

    /** A store whose calls join {@code transactions}. */
    public JdbcIdempotencyStore(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Outcome> find(String scope, String key) {
        return transactions.withHandle(h -> h.createQuery(
                        "SELECT fingerprint, status, body, location FROM idempotency_keys WHERE scope = :scope AND key = :key")
                .bind("scope", scope).bind("key", key)
                .map((rs, ctx) -> new Outcome(rs.getString("fingerprint"), rs.getInt("status"), rs.getString("body"),
                        Optional.ofNullable(rs.getString("location"))))
                .findOne());
    }

    @Override
    public boolean remember(String scope, String key, Outcome outcome) {
        return transactions.withHandle(h -> h.createUpdate("""
                        INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, location)
                        VALUES (:scope, :key, :fingerprint, :status, :body, :location) ON CONFLICT DO NOTHING""")
                .bind("scope", scope).bind("key", key).bind("fingerprint", outcome.fingerprint())
                .bind("status", outcome.status()).bind("body", outcome.body()).bind("location", outcome.location().orElse(null))
                .execute()) == 1;
    }
}
