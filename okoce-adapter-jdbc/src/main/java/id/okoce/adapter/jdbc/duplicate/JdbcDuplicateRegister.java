package id.okoce.adapter.jdbc.duplicate;

import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.domain.duplicate.Comparison;
import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.duplicate.KnownPerson;
import id.okoce.domain.duplicate.PersonFacts;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MergedMember;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;

/**
 * The duplicate register in PostgreSQL. Candidates are drawn by the phone's index, by
 * {@code members_by_birth} (kabupaten/kota, birth key) and by the folded name's index; the scan reads the
 * same blocks in three ordered passes through a cursor: the members whose phone another member
 * shares, those whose folded name another shares, then every member by kabupaten/kota and birth key. NIKs
 * are opened in memory only, to be compared.
 */
public final class JdbcDuplicateRegister implements DuplicateRegister {

    private static final String PERSON = "id, number_province, sequence, nik_sealed, registered_on, name_key, phone, kecamatan";
    private static final String CANDIDATES = "SELECT " + PERSON + ", 0 AS rank FROM members WHERE phone = :phone AND erased_on IS NULL "
            + "UNION ALL SELECT " + PERSON + ", 1 AS rank FROM members WHERE left(kecamatan, 4) = :regency AND birth_key = :birth "
            + "UNION ALL (SELECT " + PERSON + ", 2 AS rank FROM members WHERE name_key = :name LIMIT :limit) "
            + "ORDER BY rank LIMIT :limit";
    private static final String BY_PHONE = "SELECT " + PERSON + ", phone AS block FROM members WHERE phone IN "
            + "(SELECT phone FROM members WHERE erased_on IS NULL GROUP BY phone HAVING count(*) > 1) AND erased_on IS NULL "
            + "ORDER BY phone";
    private static final String BY_NAME = "SELECT " + PERSON + ", name_key AS block FROM members WHERE name_key IN "
            + "(SELECT name_key FROM members WHERE name_key IS NOT NULL GROUP BY name_key HAVING count(*) > 1) ORDER BY name_key";
    private static final String BY_BIRTH = "SELECT " + PERSON + ", left(kecamatan, 4) || encode(birth_key, 'hex') AS block "
            + "FROM members WHERE birth_key IS NOT NULL ORDER BY left(kecamatan, 4), birth_key";
    /** The block keys of what one import job wrote, for {@link #forEachBlockOf} (one read of the job's rows). */
    private static final String IMPORTED = "CREATE TEMP TABLE imported_keys ON COMMIT DROP AS SELECT phone, name_key, "
            + "left(kecamatan, 4) AS regency, birth_key FROM members WHERE import_job = CAST(:job AS uuid) AND erased_on IS NULL";
    private static final String BY_PHONE_OF = "SELECT " + PERSON + ", phone AS block FROM members WHERE phone IN "
            + "(SELECT phone FROM imported_keys) AND erased_on IS NULL ORDER BY phone";
    private static final String BY_NAME_OF = "SELECT " + PERSON + ", name_key AS block FROM members WHERE name_key IN "
            + "(SELECT name_key FROM imported_keys) ORDER BY name_key";
    private static final String BY_BIRTH_OF = "SELECT " + PERSON + ", left(kecamatan, 4) || encode(birth_key, 'hex') AS block "
            + "FROM members WHERE (left(kecamatan, 4), birth_key) IN (SELECT regency, birth_key FROM imported_keys) "
            + "ORDER BY left(kecamatan, 4), birth_key";
    private static final String RECORD = """
            INSERT INTO duplicate_pairs (first_id, second_id, score, outcomes, weights, status, found_by, found_at, resolved_at,
                                         resolved_by)
            SELECT least(a, b), greatest(a, b), score, string_to_array(outcomes, ';'), CAST(string_to_array(weights, ';') AS float8[]),
                   status, found_by, found_at, CASE WHEN status = 'OPEN' THEN NULL ELSE found_at END, resolved_by
            FROM unnest(CAST(CAST(:as AS text[]) AS uuid[]), CAST(CAST(:bs AS text[]) AS uuid[]),
                        CAST(CAST(:scores AS text[]) AS float8[]), CAST(:outcomes AS text[]),
                        CAST(:weights AS text[]), CAST(:statuses AS text[]), CAST(:founds AS text[]), CAST(CAST(:ats AS text[]) AS timestamptz[]),
                        CAST(:bys AS text[])) AS f (a, b, score, outcomes, weights, status, found_by, found_at, resolved_by)
            ON CONFLICT (first_id, second_id) DO UPDATE SET score = EXCLUDED.score, outcomes = EXCLUDED.outcomes,
                weights = EXCLUDED.weights
            WHERE duplicate_pairs.status = 'OPEN'
            RETURNING (xmax = 0) AS inserted""";
    private static final String PAIR = """
            SELECT p.id, p.score, p.outcomes, p.weights, p.status, p.found_by, p.found_at, p.resolved_at, p.resolved_by, p.reason,
                   a.id AS a_id, a.number_province AS a_number_province, a.sequence AS a_sequence, a.nik_sealed AS a_nik_sealed,
                   a.registered_on AS a_registered_on, a.name_key AS a_name_key, a.phone AS a_phone, a.kecamatan AS a_kecamatan,
                   b.id AS b_id, b.number_province AS b_number_province, b.sequence AS b_sequence, b.nik_sealed AS b_nik_sealed,
                   b.registered_on AS b_registered_on, b.name_key AS b_name_key, b.phone AS b_phone, b.kecamatan AS b_kecamatan
            FROM duplicate_pairs p JOIN members a ON a.id = p.first_id JOIN members b ON b.id = p.second_id
            WHERE a.erased_on IS NULL AND b.erased_on IS NULL""";

    private final JdbiTransactions transactions;
    private final NikVault vault;

    /** The register through {@code transactions} (those of the member repository, so a registration's pairs join its transaction). */
    public JdbcDuplicateRegister(JdbiTransactions transactions, NikVault vault) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public List<KnownPerson> candidatesFor(PersonFacts facts, int limit) {
        List<KnownPerson> found = transactions.withHandle(h -> h.createQuery(CANDIDATES)
                .bind("phone", facts.phone().e164()).bind("regency", facts.kecamatan().regency().digits())
                .bind("birth", vault.birthKey(facts.nik())).bind("name", facts.nameKey()).bind("limit", limit)
                .map((rs, ctx) -> person(rs, "")).list());
        Map<MemberId, KnownPerson> once = new LinkedHashMap<>();
        found.forEach(p -> once.putIfAbsent(p.id(), p));
        return List.copyOf(once.values());
    }

    @Override
    public void forEachBlock(Consumer<List<KnownPerson>> block) {
        blocks(h -> { }, List.of(BY_PHONE, BY_NAME, BY_BIRTH), block);
    }

    @Override
    public void forEachBlockOf(ImportJobId job, Consumer<List<KnownPerson>> block) {
        blocks(h -> h.createUpdate(IMPORTED).bind("job", job.value().toString()).execute(), List.of(BY_PHONE_OF, BY_NAME_OF, BY_BIRTH_OF),
                block);
    }

    /** Runs {@code prepare}, then hands on the blocks each of {@code queries} reads, in one transaction. */
    private void blocks(Consumer<Handle> prepare, List<String> queries, Consumer<List<KnownPerson>> block) {
        transactions.inTransaction(() -> transactions.withHandle(h -> {
            // a scan reads the whole register: no per-request bound on its statements or on the wait for the first rows
            h.execute("SET LOCAL statement_timeout = 0");
            Connection connection = h.getConnection();
            int bound = networkTimeout(connection, 0);
            try {
                prepare.accept(h);
                for (String sql : queries) {
                    try (ResultIterator<Map.Entry<String, KnownPerson>> rows = h.createQuery(sql).setFetchSize(10_000)
                            .map((rs, ctx) -> Map.entry(rs.getString("block"), person(rs, ""))).iterator()) {
                        blocks(rows, block);
                    }
                }
            } finally {
                networkTimeout(connection, bound);
            }
            return null;
        }));
    }

    /** Sets the wait for the server's answers on {@code connection}, in ms (0: none); the wait before. */
    private static int networkTimeout(Connection connection, int millis) {
        try {
            int before = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, millis);
            return before;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the connection's network timeout", e);
        }
    }

    /** Hands on each run of rows with one block key, when it holds more than one member. */
    private static void blocks(Iterator<Map.Entry<String, KnownPerson>> rows, Consumer<List<KnownPerson>> block) {
        String key = null;
        List<KnownPerson> group = new ArrayList<>();
        while (rows.hasNext()) {
            Map.Entry<String, KnownPerson> row = rows.next();
            if (!row.getKey().equals(key)) {
                if (group.size() > 1) {
                    block.accept(List.copyOf(group));
                }
                group.clear();
                key = row.getKey();
            }
            group.add(row.getValue());
        }
        if (group.size() > 1) {
            block.accept(List.copyOf(group));
        }
    }

    @Override
    public int record(List<Found> pairs) {
        if (pairs.isEmpty()) {
            return 0;
        }
        Map<String, Found> once = new LinkedHashMap<>();
        for (Found f : pairs) {
            String a = f.first().value().toString();
            String b = f.second().value().toString();
            once.putIfAbsent(a.compareTo(b) < 0 ? a + b : b + a, f);
        }
        List<Found> unique = List.copyOf(once.values());
        int n = unique.size();
        String[] as = new String[n];
        String[] bs = new String[n];
        String[] scores = new String[n];
        String[] outcomes = new String[n];
        String[] weights = new String[n];
        String[] statuses = new String[n];
        String[] founds = new String[n];
        String[] ats = new String[n];
        String[] bys = new String[n];
        for (int i = 0; i < n; i++) {
            Found f = unique.get(i);
            as[i] = f.first().value().toString();
            bs[i] = f.second().value().toString();
            scores[i] = Double.toString(f.score().total());
            List<String> o = new ArrayList<>();
            List<String> w = new ArrayList<>();
            for (DuplicateScore.Contribution c : f.score().contributions()) {
                o.add(c.comparison().name() + ":" + c.outcome().name());
                w.add(Double.toString(c.weight()));
            }
            outcomes[i] = String.join(";", o);
            weights[i] = String.join(";", w);
            statuses[i] = f.status().name();
            founds[i] = f.foundBy();
            ats[i] = f.at().toString();
            bys[i] = f.by().orElse(null);
        }
        return transactions.withHandle(h -> (int) h.createQuery(RECORD).bind("as", as).bind("bs", bs).bind("scores", scores)
                .bind("outcomes", outcomes).bind("weights", weights).bind("statuses", statuses).bind("founds", founds)
                .bind("ats", ats).bind("bys", bys).mapTo(Boolean.class).list().stream().filter(Boolean::booleanValue).count());
    }

    @Override
    public List<DuplicatePair> open(Optional<PartnerArea> within, Optional<MemberId> member, int limit,
                                    Optional<DuplicatePair> after) {
        StringBuilder sql = new StringBuilder(PAIR).append(" AND p.status = 'OPEN'");
        within.ifPresent(area -> {
            sql.append(" AND a.province = :province AND b.province = :province");
            if (!area.wholeProvince()) {
                sql.append(" AND left(a.kecamatan, 4) = ANY(:regencies) AND left(b.kecamatan, 4) = ANY(:regencies)");
            }
        });
        member.ifPresent(m -> sql.append(" AND (p.first_id = :member OR p.second_id = :member)"));
        after.ifPresent(p -> sql.append(" AND (p.score, p.id) < (:score, :id)"));
        sql.append(" ORDER BY p.score DESC, p.id DESC LIMIT :limit");
        return transactions.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limit", limit);
            within.ifPresent(area -> {
                q.bind("province", area.province().value());
                q.bindArray("regencies", String.class, area.regencies().stream().map(RegencyCode::digits).toList());
            });
            member.ifPresent(m -> q.bind("member", m.value()));
            after.ifPresent(p -> q.bind("score", p.score().total()).bind("id", p.id()));
            return q.map((rs, ctx) -> pair(rs)).list();
        });
    }

    @Override
    public Optional<DuplicatePair> pair(long id) {
        return transactions.withHandle(h -> h.createQuery(PAIR + " AND p.id = :id").bind("id", id).map((rs, ctx) -> pair(rs)).findOne());
    }

    @Override
    public boolean resolveDistinct(long id, Instant at, String by, Optional<String> reason) {
        return transactions.withHandle(h -> h.createUpdate("UPDATE duplicate_pairs SET status = 'DISTINCT', resolved_at = :at, "
                + "resolved_by = :by, reason = :reason WHERE id = :id AND status = 'OPEN'").bind("id", id)
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", by).bind("reason", reason.orElse(null)).execute()) == 1;
    }

    @Override
    public int merge(long pairId, MergedMember closed, long version) {
        return transactions.withHandle(h -> MemberMerges.merge(h, pairId, closed, version));
    }

    @Override
    public long openCount() {
        return transactions.withHandle(h -> h.createQuery("SELECT count(*) FROM duplicate_pairs WHERE status = 'OPEN'")
                .mapTo(Long.class).one());
    }

    private DuplicatePair pair(ResultSet rs) throws SQLException {
        String[] outcomes = (String[]) rs.getArray("outcomes").getArray();
        Double[] weights = (Double[]) rs.getArray("weights").getArray();
        List<DuplicateScore.Contribution> parts = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            String[] o = outcomes[i].split(":");
            parts.add(new DuplicateScore.Contribution(Comparison.valueOf(o[0]), DuplicateScore.Outcome.valueOf(o[1]), weights[i]));
        }
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        Optional<DuplicatePair.Resolution> resolution = resolvedAt == null ? Optional.empty()
                : Optional.of(new DuplicatePair.Resolution(resolvedAt.toInstant(), rs.getString("resolved_by"),
                        Optional.ofNullable(rs.getString("reason"))));
        return new DuplicatePair(rs.getLong("id"), person(rs, "a_"), person(rs, "b_"),
                new DuplicateScore(rs.getDouble("score"), parts), DuplicatePair.Status.valueOf(rs.getString("status")),
                rs.getString("found_by"), rs.getTimestamp("found_at").toInstant(), resolution);
    }

    private KnownPerson person(ResultSet rs, String prefix) throws SQLException {
        LocalDate registeredOn = rs.getObject(prefix + "registered_on", LocalDate.class);
        Nik nik = Nik.parse(vault.open(rs.getBytes(prefix + "nik_sealed")), registeredOn);
        return new KnownPerson(new MemberId(rs.getObject(prefix + "id", UUID.class)),
                new MemberNumber(ProvinceCode.of(rs.getString(prefix + "number_province")), rs.getLong(prefix + "sequence")),
                new PersonFacts(nik, rs.getString(prefix + "name_key"), new PhoneNumber(rs.getString(prefix + "phone")),
                        KecamatanCode.of(rs.getString(prefix + "kecamatan"))));
    }
}
