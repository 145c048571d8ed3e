package id.okoce.adapter.jdbc.audit;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.AuditTrail;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.event.NetworkEvent;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The audit trail in {@code audit_log}, and a member's personal values apart in
 * {@code audit_personal_values}, where an erasure deletes them.
 */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_log (at, role, token_id, partner_id, actor, request_id, channel, action, object_type, object_id,
                                   member_id, province, fields, befores, afters, reason)
            VALUES (:at, :role, CAST(:token AS uuid), CAST(:partner AS uuid), :actor, :request, :channel, :action, :objectType, :objectId,
                    CAST(:member AS uuid), :province, :fields, :befores, :afters, :reason)""";
    private static final String PERSONAL = "INSERT INTO audit_personal_values (entry_id, position, member_id, before, after) "
            + "SELECT entry.id, p.position, CAST(:member AS uuid), p.before, p.after FROM entry, "
            + "unnest(CAST(:positions AS smallint[]), CAST(:personalBefores AS text[]), CAST(:personalAfters AS text[])) "
            + "AS p (position, before, after)";
    /** The change's event, in the outbox, with the kabupaten/kota of the member it concerns. */
    private static final String EVENT = "INSERT INTO event_outbox (type, at, province, regency, object_id, member_id, payload) "
            + "SELECT :eventType, :at, :province, (SELECT left(kecamatan, 4) FROM members WHERE id = CAST(:member AS uuid)), "
            + ":objectId, CAST(:member AS uuid), jsonb_object(CAST(:payloadKeys AS text[]), CAST(:payloadValues AS text[]))";
    /** An import's event names the range of the members it wrote (ids grow with time). */
    private static final String IMPORT_EVENT = EVENT + " || coalesce((SELECT jsonb_build_object('firstMemberId', min(id::text), "
            + "'lastMemberId', max(id::text)) FROM members WHERE import_job = CAST(:objectId AS uuid) HAVING count(*) > 0), '{}')";
    private static final String SELECT = "SELECT id, at, role, token_id, partner_id, actor, request_id, channel, action, object_id, "
            + "member_id, province, fields, befores, afters, reason FROM audit_log";

    private final JdbiTransactions transactions;

    /** A trail whose appends join {@code transactions}. */
    public JdbcAuditTrail(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.withHandle(h -> {
            insert(h, entry);
            return null;
        });
    }

    /** Appends {@code entry} on {@code handle} (e.g. the connection of an import session, in its batch's transaction). */
    public static void insert(Handle handle, AuditEntry entry) {
        List<String> fields = new ArrayList<>();
        List<String> befores = new ArrayList<>();
        List<String> afters = new ArrayList<>();
        List<Short> positions = new ArrayList<>();
        List<String> personalBefores = new ArrayList<>();
        List<String> personalAfters = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            boolean apart = change.personal() && entry.member().isPresent();
            if (apart) {
                positions.add((short) fields.size());
                personalBefores.add(change.before().orElse(null));
                personalAfters.add(change.after().orElse(null));
            }
            fields.add(change.field());
            befores.add(apart ? null : change.before().orElse(null));
            afters.add(apart ? null : change.after().orElse(null));
        }
        Optional<NetworkEvent> event = NetworkEvent.of(entry);
        String sql = INSERT;
        if (!positions.isEmpty() || event.isPresent()) {
            sql = "WITH entry AS (" + INSERT + " RETURNING id)" + (positions.isEmpty() ? "" : ", personal AS (" + PERSONAL + ")")
                    + event.map(e -> ", event AS (" + (e.type().equals("import.completed") ? IMPORT_EVENT : EVENT) + ")").orElse("")
                    + " SELECT count(*) FROM entry";
        }
        boolean plain = sql.equals(INSERT);
        org.jdbi.v3.core.statement.SqlStatement<?> statement = plain ? handle.createUpdate(sql) : handle.createQuery(sql);
        statement
                .bind("at", entry.at().atOffset(ZoneOffset.UTC)).bind("role", entry.who().role().name())
                .bind("token", entry.who().token().map(TokenId::toString).orElse(null))
                .bind("partner", entry.who().partner().map(PartnerId::toString).orElse(null))
                .bind("actor", entry.who().label()).bind("request", entry.origin().requestId().orElse(null))
                .bind("channel", entry.origin().channel()).bind("action", entry.action().code())
                .bind("objectType", entry.action().objectType()).bind("objectId", entry.objectId())
                .bind("member", entry.member().map(MemberId::toString).orElse(null))
                .bind("province", entry.province().map(ProvinceCode::value).orElse(null))
                .bindArray("fields", String.class, fields).bindArray("befores", String.class, befores)
                .bindArray("afters", String.class, afters).bind("reason", entry.reason().orElse(null));
        if (!positions.isEmpty()) {
            statement.bindArray("positions", Short.class, positions).bindArray("personalBefores", String.class, personalBefores)
                    .bindArray("personalAfters", String.class, personalAfters);
        }
        event.ifPresent(e -> statement.bind("eventType", e.type())
                .bindArray("payloadKeys", String.class, List.copyOf(e.payload().keySet()))
                .bindArray("payloadValues", String.class, List.copyOf(e.payload().values())));
        if (plain) {
            ((org.jdbi.v3.core.statement.Update) statement).execute();
        } else {
            ((org.jdbi.v3.core.statement.Query) statement).mapTo(Long.class).one();
        }
    }

    /** The member (bound as {@code :member}) and the members merged into it, as an array. */
    static final String WITH_MERGED = "ARRAY(SELECT CAST(:member AS uuid) UNION ALL "
            + "SELECT merged_id FROM member_merges WHERE survivor_id = CAST(:member AS uuid))";

    @Override
    public List<AuditEntry> ofMember(MemberId member) {
        // the member's own entries and those of the members merged into it, which are its history too
        return read(SELECT + " WHERE member_id = ANY (" + WITH_MERGED + ") OR object_id = "
                + "(SELECT import_job::text FROM members WHERE id = :member AND import_job IS NOT NULL) ORDER BY id", member.value());
    }

    @Override
    public List<AuditEntry> ofObject(String objectId) {
        // the object index holds the entries of no member; a member's own entries are found by member
        String others = SELECT + " WHERE object_id = :member AND member_id IS NULL";
        Optional<UUID> member = uuid(objectId);
        return member.isEmpty() ? read(others + " ORDER BY id", objectId)
                : read("SELECT * FROM (" + others + " UNION ALL " + SELECT + " WHERE member_id = CAST(:member AS uuid) "
                        + "AND object_id = :member) entries ORDER BY id", objectId);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A row of {@code audit_log}, its personal values not yet joined. */
    private record Row(long id, AuditEntry withoutPersonal) {
    }

    private List<AuditEntry> read(String sql, Object key) {
        return transactions.withHandle(h -> {
            List<Row> rows = h.createQuery(sql).bind("member", key).map((rs, ctx) -> row(rs)).list();
            Map<Long, Map<Integer, String[]>> personal = new HashMap<>();
            if (!rows.isEmpty()) {
                h.createQuery("SELECT entry_id, position, before, after FROM audit_personal_values WHERE entry_id = ANY(:ids)")
                        .bindArray("ids", Long.class, rows.stream().map(Row::id).toList())
                        .map((rs, ctx) -> personal.computeIfAbsent(rs.getLong("entry_id"), id -> new HashMap<>())
                                .put(rs.getInt("position"), new String[] {rs.getString("before"), rs.getString("after")}))
                        .list();
            }
            return rows.stream().map(r -> withPersonal(r, personal.getOrDefault(r.id(), Map.of()))).toList();
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        String[] fields = (String[]) rs.getArray("fields").getArray();
        String[] befores = (String[]) rs.getArray("befores").getArray();
        String[] afters = (String[]) rs.getArray("afters").getArray();
        List<FieldChange> changes = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            changes.add(new FieldChange(fields[i], Optional.ofNullable(befores[i]), Optional.ofNullable(afters[i])));
        }
        AuditEntry entry = new AuditEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                AccountColumns.who(rs),
                AccountColumns.origin(rs),
                AuditAction.ofCode(rs.getString("action")), rs.getString("object_id"),
                Optional.ofNullable(Columns.uuid(rs, "member_id")).map(MemberId::new),
                Optional.ofNullable(rs.getString("province")).map(ProvinceCode::of), changes, Optional.ofNullable(rs.getString("reason")));
        return new Row(rs.getLong("id"), entry);
    }

    /** The entry with a member's personal values put back at their positions (empty once an erasure deleted them). */
    private static AuditEntry withPersonal(Row row, Map<Integer, String[]> personal) {
        AuditEntry e = row.withoutPersonal();
        if (e.member().isEmpty()) {
            return e;
        }
        List<FieldChange> changes = new ArrayList<>(e.changes().size());
        for (int i = 0; i < e.changes().size(); i++) {
            FieldChange plain = e.changes().get(i);
            String[] values = personal.get(i);
            changes.add(!plain.personal() ? plain : values == null ? plain.withoutPersonalValues()
                    : new FieldChange(plain.field(), Optional.ofNullable(values[0]), Optional.ofNullable(values[1])));
        }
        return new AuditEntry(e.at(), e.who(), e.origin(), e.action(), e.objectId(), e.member(), e.province(), changes, e.reason());
    }

    @Override
    public void destroyPersonalValues(MemberId member) {
        transactions.withHandle(h -> h.createUpdate("DELETE FROM audit_personal_values WHERE member_id = ANY (" + WITH_MERGED + ")")
                .bind("member", member.value()).execute());
    }
}
