package id.okoce.adapter.jdbc.event;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.EventLog;
import id.okoce.domain.event.NetworkEvent;
import id.okoce.domain.event.PublishedEvent;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The feed in {@code events}, filled from {@code event_outbox} (which {@code JdbcAuditTrail} writes in
 * each change's statement) by {@link #publish}: under a transaction-scoped advisory lock, so one
 * instance at a time numbers what has committed, in outbox order, each id one above the last.
 */
public final class JdbcEventLog implements EventLog {

    /** The advisory lock the publishers of every instance share. */
    static final long PUBLISHER_LOCK = 0x6f6b6f6365L;

    private static final String PUBLISH = """
            WITH moved AS (
                DELETE FROM event_outbox WHERE seq IN (SELECT seq FROM event_outbox ORDER BY seq LIMIT :max FOR UPDATE SKIP LOCKED)
                RETURNING *)
            INSERT INTO events (id, type, at, province, regency, object_id, member_id, payload)
            SELECT (SELECT coalesce(max(id), 0) FROM events) + row_number() OVER (ORDER BY seq), type, at, province, regency,
                   object_id, member_id, payload
            FROM moved""";

    private final JdbiTransactions transactions;

    /** The log read and published through {@code transactions}. */
    public JdbcEventLog(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public int publish(int max) {
        return transactions.inTransaction(() -> transactions.withHandle(h -> {
            h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:lock)) locked").bind("lock", PUBLISHER_LOCK).mapTo(Integer.class).one();
            return h.createUpdate(PUBLISH).bind("max", max).execute();
        }));
    }

    @Override
    public long newest() {
        return transactions.withHandle(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM events").mapTo(Long.class).one());
    }

    @Override
    public long firstPublishedAt(java.time.Instant at) {
        return transactions.withHandle(h -> h.createQuery("SELECT coalesce((SELECT min(id) FROM events WHERE published_at >= :at), "
                + "(SELECT coalesce(max(id), 0) + 1 FROM events))").bind("at", at.atOffset(java.time.ZoneOffset.UTC))
                .mapTo(Long.class).one());
    }

    @Override
    public List<PublishedEvent> after(long after, int limit, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, type, at, province, regency, object_id, member_id, "
                + "ARRAY(SELECT key FROM jsonb_each_text(payload) ORDER BY key) AS keys, "
                + "ARRAY(SELECT value FROM jsonb_each_text(payload) ORDER BY key) AS payload_values FROM events WHERE id > :after");
        if (!filter.types().isEmpty()) {
            sql.append(" AND type = ANY(:types)");
        }
        filter.province().ifPresent(p -> sql.append(" AND province = :province"));
        if (!filter.regencies().isEmpty()) {
            sql.append(" AND (regency IS NULL OR regency = ANY(:regencies))");
        }
        sql.append(" ORDER BY id LIMIT :limit");
        return transactions.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("after", after).bind("limit", limit);
            if (!filter.types().isEmpty()) {
                query.bindArray("types", String.class, List.copyOf(filter.types()));
            }
            filter.province().ifPresent(p -> query.bind("province", p.value()));
            if (!filter.regencies().isEmpty()) {
                query.bindArray("regencies", String.class, filter.regencies().stream().map(RegencyCode::digits).toList());
            }
            return query.map(JdbcEventLog::map).list();
        });
    }

    private static PublishedEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        Optional<ProvinceCode> province = Optional.ofNullable(rs.getString("province")).map(ProvinceCode::of);
        NetworkEvent event = new NetworkEvent(rs.getString("type"), rs.getTimestamp("at").toInstant(), province,
                rs.getString("object_id"), Optional.ofNullable(rs.getString("member_id")),
                payload((Object[]) rs.getArray("keys").getArray(), (Object[]) rs.getArray("payload_values").getArray()));
        return new PublishedEvent(rs.getLong("id"), event, Optional.ofNullable(rs.getString("regency")).map(RegencyCode::of));
    }

    /** The payload's keys and values, as the query reads them side by side. */
    private static Map<String, String> payload(Object[] keys, Object[] values) {
        Map<String, String> payload = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            payload.put((String) keys[i], (String) values[i]);
        }
        return payload;
    }
}
