package id.okoce.adapter.jdbc.access;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.application.port.out.TokenRepository;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * API tokens in the {@code api_tokens} table; lookups by secret optionally kept in a
 * {@link TokenCache} that PostgreSQL empties on every change.
 */
public final class JdbcTokenRepository implements TokenRepository {

    private final JdbiTransactions transactions;
    private final Optional<TokenCache> cache;

    /** A repository whose calls join {@code transactions}; every lookup reads the database. */
    public JdbcTokenRepository(JdbiTransactions transactions) {
        this(transactions, Optional.empty());
    }

    /** A repository whose calls join {@code transactions}, keeping lookups by secret in {@code cache} when present. */
    public JdbcTokenRepository(JdbiTransactions transactions, Optional<TokenCache> cache) {
        this.transactions = transactions;
        this.cache = cache;
    }

    @Override
    public void add(ApiToken t) {
        int inserted = transactions.withHandle(h -> h.createUpdate("""
                        INSERT INTO api_tokens (id, role, partner_id, bank, secret_hash, created_at, revoked_at)
                        VALUES (:id, :role, CAST(:partner AS uuid), :bank, :hash, :created, :revoked) ON CONFLICT DO NOTHING""")
                .bind("id", t.id().value()).bind("role", t.role().name())
                .bind("partner", t.partner().map(PartnerId::value).orElse(null)).bind("bank", t.bank().orElse(null))
                .bind("hash", t.secretHash()).bind("created", utc(t.createdAt()))
                .bind("revoked", t.revokedAt().map(JdbcTokenRepository::utc).orElse(null))
                .execute());
        if (inserted == 0) {
            throw new StaleVersionException("token " + t.id(), 0);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return cache.isPresent() && !transactions.inTransaction() ? cache.get().find(secretHash, this::read) : read(secretHash);
    }

    private Optional<ApiToken> read(String secretHash) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE secret_hash = :hash")
                .bind("hash", secretHash).map(JdbcTokenRepository::map).findOne());
    }

    @Override
    public Optional<ApiToken> findById(TokenId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE id = :id")
                .bind("id", id.value()).map(JdbcTokenRepository::map).findOne());
    }

    /**
     * {@inheritDoc}
     *
     * <p>This process forgets its cached tokens once the revocation commits; other processes hear
     * of it from the database.
     */
    @Override
    public boolean revoke(TokenId id, Instant at) {
        boolean found = transactions.withHandle(h -> h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, :at) WHERE id = :id")
                .bind("at", utc(at)).bind("id", id.value()).execute()) == 1;
        cache.ifPresent(c -> transactions.afterCommit(c::forget));
        return found;
    }

    @Override
    public boolean any() {
        return transactions.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM api_tokens)").mapTo(Boolean.class).one());
    }

    private static ApiToken map(ResultSet rs, StatementContext ctx) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiToken(new TokenId(Columns.uuid(rs, "id")), Role.valueOf(rs.getString("role")),
                Optional.ofNullable(Columns.uuid(rs, "partner_id")).map(PartnerId::new), Optional.ofNullable(rs.getString("bank")),
                rs.getString("secret_hash"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(revoked).map(OffsetDateTime::toInstant));
    }
}
