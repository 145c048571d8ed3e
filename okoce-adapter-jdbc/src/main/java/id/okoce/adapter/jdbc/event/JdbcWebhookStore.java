package id.okoce.adapter.jdbc.event;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.WebhookStore;
import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.WebhookEndpoint;
import id.okoce.domain.partner.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Webhook endpoints in {@code webhook_endpoints} and their attempts in {@code webhook_attempts}. A
 * claim leases endpoints with {@code FOR UPDATE SKIP LOCKED}, so instances never share one.
 */
public final class JdbcWebhookStore implements WebhookStore {

    private static final String COLUMNS = "id, partner_id, url, types, description, secret, previous_secret, previous_until, "
            + "created_at, delivered_through, failures, failing_since, next_attempt_at, disabled_at, disabled_reason";

    private final JdbiTransactions transactions;

    /** The store reached through {@code transactions}. */
    public JdbcWebhookStore(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void create(WebhookEndpoint e) {
        transactions.withHandle(h -> h.createUpdate("INSERT INTO webhook_endpoints (id, owner_role, partner_id, url, types, description, "
                        + "secret, created_at, delivered_through, next_attempt_at) VALUES (:id, :role, CAST(:partner AS uuid), :url, :types, :description, "
                        + ":secret, :created, :through, :created)")
                .bind("id", e.id()).bind("role", e.owner().isPresent() ? "PARTNER" : "HUB_ADMIN")
                .bind("partner", e.owner().map(PartnerId::value).orElse(null)).bind("url", e.url())
                .bindArray("types", String.class, List.copyOf(e.types())).bind("description", e.description())
                .bind("secret", e.secret()).bind("created", utc(e.createdAt())).bind("through", e.deliveredThrough()).execute());
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(JdbcWebhookStore::map).findOne());
    }

    @Override
    public List<WebhookEndpoint> list(Optional<PartnerId> owner, boolean all) {
        String where = all ? "" : owner.isPresent() ? " AND partner_id = CAST(:partner AS uuid)" : " AND partner_id IS NULL";
        return transactions.withHandle(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE deleted_at IS NULL" + where + " ORDER BY created_at, id");
            if (!all && owner.isPresent()) {
                query.bind("partner", owner.get().value());
            }
            return query.map(JdbcWebhookStore::map).list();
        });
    }

    @Override
    public void delete(UUID id) {
        transactions.withHandle(h -> h.createUpdate("UPDATE webhook_endpoints SET deleted_at = now() WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void rotate(UUID id, String secret, Instant previousUntil) {
        transactions.withHandle(h -> h.createUpdate("UPDATE webhook_endpoints SET previous_secret = secret, previous_until = :until, "
                + "secret = :secret WHERE id = :id").bind("id", id).bind("secret", secret).bind("until", utc(previousUntil)).execute());
    }

    @Override
    public void rewind(UUID id, long deliveredThrough) {
        transactions.withHandle(h -> h.createUpdate("UPDATE webhook_endpoints SET delivered_through = :through, failures = 0, "
                + "failing_since = NULL, next_attempt_at = now(), disabled_at = NULL, disabled_reason = NULL WHERE id = :id")
                .bind("id", id).bind("through", deliveredThrough).execute());
    }

    @Override
    public List<DeliveryAttempt> attempts(UUID id, int limit) {
        return transactions.withHandle(h -> h.createQuery("SELECT event_id, attempted_at, status, latency_ms, error FROM webhook_attempts "
                        + "WHERE endpoint_id = :id ORDER BY id DESC LIMIT :limit").bind("id", id).bind("limit", limit)
                .map((rs, ctx) -> new DeliveryAttempt(rs.getLong("event_id"), rs.getTimestamp("attempted_at").toInstant(),
                        rs.getObject("status") == null ? OptionalInt.empty() : OptionalInt.of(rs.getInt("status")), rs.getLong("latency_ms"),
                        Optional.ofNullable(rs.getString("error")))).list());
    }

    @Override
    public List<WebhookEndpoint> claimDue(int max, Duration lease) {
        return transactions.withHandle(h -> h.createQuery("UPDATE webhook_endpoints SET leased_until = now() + :lease * interval '1 millisecond' "
                        + "WHERE id IN (SELECT id FROM webhook_endpoints WHERE disabled_at IS NULL AND deleted_at IS NULL "
                        + "AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now()) "
                        // an endpoint with nothing after its cursor is not claimed at all: idle endpoints cost nothing
                        + "AND delivered_through < (SELECT coalesce(max(id), 0) FROM events) "
                        + "ORDER BY next_attempt_at LIMIT :max FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .bind("lease", lease.toMillis()).bind("max", max).map(JdbcWebhookStore::map).list());
    }

    @Override
    public void settle(UUID id, long deliveredThrough, List<DeliveryAttempt> attempts, int failures, Optional<Instant> failingSince,
                       Optional<Instant> next, Optional<String> reason) {
        transactions.inTransaction(() -> transactions.withHandle(h -> {
            if (!attempts.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO webhook_attempts (endpoint_id, event_id, attempted_at, status, latency_ms, "
                        + "error) VALUES (:endpoint, :event, :at, CAST(:status AS integer), :latency, CAST(:error AS text))");
                for (DeliveryAttempt a : attempts) {
                    batch.bind("endpoint", id).bind("event", a.eventId()).bind("at", utc(a.at()))
                            .bind("status", a.status().isPresent() ? a.status().getAsInt() : null).bind("latency", (int) Math.min(a.latencyMs(),
                                    Integer.MAX_VALUE)).bind("error", a.error().map(e -> e.length() > 500 ? e.substring(0, 500) : e).orElse(null))
                            .add();
                }
                batch.execute();
            }
            boolean disable = next.isEmpty() && failures > 0;
            return h.createUpdate("UPDATE webhook_endpoints SET delivered_through = greatest(delivered_through, :through), "
                            + "failures = :failures, failing_since = CAST(:since AS timestamptz), next_attempt_at = coalesce(CAST(:next AS timestamptz), now()), leased_until = NULL, "
                            + "disabled_at = CASE WHEN CAST(:disable AS boolean) THEN now() ELSE disabled_at END, "
                            + "disabled_reason = CASE WHEN CAST(:disable AS boolean) THEN CAST(:reason AS text) ELSE disabled_reason END WHERE id = :id")
                    .bind("id", id).bind("through", deliveredThrough).bind("failures", failures)
                    .bind("since", failingSince.map(JdbcWebhookStore::utc).orElse(null)).bind("next", next.map(JdbcWebhookStore::utc).orElse(null))
                    .bind("disable", disable).bind("reason", reason.orElse(null)).execute();
        }));
    }

    private static WebhookEndpoint map(ResultSet rs, StatementContext ctx) throws SQLException {
        Object[] types = (Object[]) rs.getArray("types").getArray();
        return new WebhookEndpoint(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getObject("partner_id", UUID.class)).map(PartnerId::new),
                rs.getString("url"), new HashSet<>(Arrays.asList(Arrays.copyOf(types, types.length, String[].class))), rs.getString("description"),
                rs.getString("secret"), Optional.ofNullable(rs.getString("previous_secret")), instant(rs.getTimestamp("previous_until")),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("delivered_through"), rs.getInt("failures"),
                instant(rs.getTimestamp("failing_since")), rs.getTimestamp("next_attempt_at").toInstant(), instant(rs.getTimestamp("disabled_at")),
                Optional.ofNullable(rs.getString("disabled_reason")));
    }

    private static Optional<Instant> instant(Timestamp at) {
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }
}
