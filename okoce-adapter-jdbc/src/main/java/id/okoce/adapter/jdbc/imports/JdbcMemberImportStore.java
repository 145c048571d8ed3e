package id.okoce.adapter.jdbc.imports;

import id.okoce.adapter.jdbc.audit.JdbcAuditTrail;
import id.okoce.adapter.jdbc.member.MemberRows;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.adapter.jdbc.support.DatabaseFailures;
import id.okoce.adapter.jdbc.support.TimeOrderedIds;
import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.MemberImportStore.Holder;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.Registration;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports in batches, trying the cheapest way first. Duplicates inside the batch are set aside in
 * memory; member numbers are reserved from the province sequences; the rows are COPYed straight
 * into {@code members}. When that hits the unique NIK index (a NIK already stored, or one of an
 * earlier batch), the batch is rolled back to a savepoint and written again after one indexed
 * lookup of all its NIKs has set the taken ones aside; should a concurrent registration take a
 * NIK even then, the batch goes through a temporary staging table and one INSERT … ON CONFLICT DO
 * NOTHING. Every way fires the statement trigger that keeps the report counters.
 */
public final class JdbcMemberImportStore implements MemberImportStore {

    private static final String STAGED = String.join(", ", MemberRows.STAGED_COLUMNS);
    private static final String STAGING = "CREATE TEMP TABLE IF NOT EXISTS import_staging AS SELECT " + STAGED
            + ", 0::bigint AS line FROM members WITH NO DATA";
    private static final String COPY = "COPY import_staging (" + STAGED + ", line) FROM STDIN WITH (FORMAT csv)";
    private static final String INSERT = "INSERT INTO members (id, sequence, number_province, " + STAGED
            + ", import_job, import_line, version) "
            + "SELECT uuidv7(), nextval(('member_seq_' || province)::regclass), province, " + STAGED + ", CAST(:job AS uuid), line, 1 "
            + "FROM import_staging ORDER BY line ON CONFLICT DO NOTHING";
    private static final String DIRECT = "COPY members (" + String.join(", ", MemberRows.COLUMNS) + ", import_job, import_line, version) "
            + "FROM STDIN WITH (FORMAT csv)";
    private static final String EXISTING = "SELECT batch.hash, m.number_province, m.sequence, "
            + "coalesce(m.import_job = CAST(:job AS uuid), false) AS ours, "
            + "m.import_line, m.full_name, m.kecamatan, m.registered_on "
            + "FROM unnest(CAST(:hashes AS text[])) AS batch (hash) JOIN members m ON m.nik_hash = decode(batch.hash, 'hex')";
    private static final String CONFLICTS = """
            SELECT s.line, m.number_province, m.kecamatan, m.sequence, coalesce(m.import_job = CAST(:job AS uuid), false) AS ours,
                   m.import_line,
                   (m.full_name = s.full_name AND m.kecamatan = s.kecamatan AND m.registered_on = s.registered_on) AS same
            FROM import_staging s JOIN members m ON m.nik_hash = s.nik_hash
            WHERE NOT (coalesce(m.import_job = CAST(:job AS uuid), false) AND m.import_line = s.line)""";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMemberImportStore.class);
    /** Placeholders for the id and number a staged row does not carry (they are drawn when it is inserted). */
    private static final MemberId UNNUMBERED_ID = new MemberId(new UUID(0, 0));
    private static final MemberNumber UNNUMBERED = new MemberNumber(ProvinceCode.of("31"), 1);

    private final Jdbi jdbi;
    private final MemberRows rows;
    private final Consumer<List<ImportedMember>> beforeSecondAttempt;

    /** A store on {@code dataSource}, writing rows through {@code rows}; each import session holds one connection of its own. */
    public JdbcMemberImportStore(DataSource dataSource, MemberRows rows) {
        this(dataSource, rows, batch -> { });
    }

    /**
     * A store that calls {@code beforeSecondAttempt} with a batch's fresh rows between the lookup of
     * taken NIKs and the second COPY — where a concurrent registration can still take one (tests
     * use it to reach the staging-table path deterministically).
     */
    JdbcMemberImportStore(DataSource dataSource, MemberRows rows, Consumer<List<ImportedMember>> beforeSecondAttempt) {
        this.jdbi = Jdbi.create(dataSource);
        this.rows = rows;
        this.beforeSecondAttempt = beforeSecondAttempt;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The session's connection is freed from the pool's time bounds (an import's statements
     * take as long as its batches need) and gets them back when the session closes.
     */
    @Override
    public Session open(ImportJobId job, boolean oneTransaction, AuditEntry imported) {
        try {
            Handle handle = jdbi.open();
            try {
                handle.getConnection().setNetworkTimeout(Runnable::run, 0);
                handle.execute("SET statement_timeout = 0");
                handle.execute("SET lock_timeout = 0");
                handle.execute(STAGING);
                if (oneTransaction) {
                    handle.begin();
                }
            } catch (SQLException | RuntimeException e) {
                handle.close();
                throw e instanceof SQLException sql ? new IllegalStateException("cannot prepare the import session", sql)
                        : (RuntimeException) e;
            }
            return new PostgresSession(handle, rows, job, oneTransaction, imported, beforeSecondAttempt);
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(e);
        }
    }

    /** One connection, one staging table. */
    private static final class PostgresSession implements Session {
        private final Handle handle;
        private final MemberRows mapping;
        private final ImportJobId job;
        private final boolean oneTransaction;
        private final AuditEntry imported;
        private final Consumer<List<ImportedMember>> beforeSecondAttempt;
        private boolean finished;

        PostgresSession(Handle handle, MemberRows mapping, ImportJobId job, boolean oneTransaction, AuditEntry imported,
                        Consumer<List<ImportedMember>> beforeSecondAttempt) {
            this.handle = handle;
            this.mapping = mapping;
            this.job = job;
            this.oneTransaction = oneTransaction;
            this.imported = imported;
            this.beforeSecondAttempt = beforeSecondAttempt;
        }

        @Override
        public BatchOutcome write(List<ImportedMember> batch) {
            try {
                if (oneTransaction) {
                    return writeBatch(batch);
                }
                return handle.inTransaction(h -> writeBatch(batch));
            } catch (RuntimeException e) {
                throw DatabaseFailures.translate(e);
            }
        }

        /** Writes the batch and, when it wrote members, the job's audit entry with how many, in the same transaction. */
        private BatchOutcome writeBatch(List<ImportedMember> batch) {
            BatchOutcome outcome = writeRows(batch);
            if (outcome.inserted() > 0) {
                JdbcAuditTrail.insert(handle, new AuditEntry(imported.at(), imported.who(), imported.origin(), imported.action(),
                        imported.objectId(), imported.member(), imported.province(),
                        List.of(FieldChange.of("members", null, outcome.inserted())), imported.reason()));
            }
            return outcome;
        }

        private BatchOutcome writeRows(List<ImportedMember> batch) {
            long start = System.nanoTime();
            List<RowConflict> conflicts = new ArrayList<>();
            Map<String, Long> firstLines = new HashMap<>(batch.size() * 2);
            List<ImportedMember> unique = new ArrayList<>(batch.size());
            for (ImportedMember row : batch) {
                Long earlier = firstLines.putIfAbsent(row.registration().nik().value(), row.line());
                if (earlier == null) {
                    unique.add(row);
                } else {
                    conflicts.add(new RowConflict(row.line(), RowConflict.Kind.DUPLICATE_IN_FILE, Optional.empty(), OptionalLong.of(earlier)));
                }
            }
            long split = System.nanoTime();
            if (attempt(unique, "straight")) {
                LOG.debug("batch of {}: {} ms straight in", batch.size(), (System.nanoTime() - split) / 1_000_000);
                return new BatchOutcome(unique.size(), conflicts);
            }
            Map<String, Existing> existing = existing(unique);
            List<ImportedMember> fresh = new ArrayList<>(unique.size());
            for (ImportedMember row : unique) {
                Existing holder = existing.get(row.registration().nik().value());
                if (holder == null) {
                    fresh.add(row);
                } else {
                    conflicts.add(holder.conflict(row));
                }
            }
            beforeSecondAttempt.accept(List.copyOf(fresh));
            if (attempt(fresh, "after the lookup")) {
                LOG.debug("batch of {}: {} ms with {} NIKs taken", batch.size(), (System.nanoTime() - start) / 1_000_000,
                        unique.size() - fresh.size());
                return new BatchOutcome(fresh.size(), conflicts);
            }
            LOG.debug("a NIK was taken during the batch; writing it through the staging table");
            return staged(batch);
        }

        /** COPYs the rows straight into members; false, with nothing written, if a NIK is taken. */
        private boolean attempt(List<ImportedMember> rows, String how) {
            handle.savepoint("import_batch");
            try {
                copy(DIRECT, rows, numbers(rows), true);
            } catch (IllegalStateException clash) {
                handle.rollbackToSavepoint("import_batch");
                LOG.debug("COPY {} refused: {}", how, clash.getMessage());
                return false;
            }
            handle.releaseSavepoint("import_batch");
            return true;
        }

        /** The stored members holding the batch's NIKs, by NIK. */
        private Map<String, Existing> existing(List<ImportedMember> rows) {
            Map<String, Existing> found = new HashMap<>();
            if (rows.isEmpty()) {
                return found;
            }
            Map<String, String> nikOfHash = new HashMap<>(rows.size() * 2);
            StringBuilder hashes = new StringBuilder(rows.size() * 65 + 2).append('{');
            for (ImportedMember row : rows) {
                String hash = HexFormat.of().formatHex(mapping.vault().hash(row.registration().nik()));
                nikOfHash.put(hash, row.registration().nik().value());
                if (hashes.length() > 1) {
                    hashes.append(',');
                }
                hashes.append(hash);
            }
            hashes.append('}');
            handle.createQuery(EXISTING).bind("job", job.value().toString()).bind("hashes", hashes.toString())
                    .map((rs, ctx) -> found.put(nikOfHash.get(rs.getString("hash")), new Existing(
                            holder(rs), rs.getBoolean("ours"),
                            rs.getLong("import_line"), rs.getString("full_name"), rs.getString("kecamatan"),
                            rs.getObject("registered_on", LocalDate.class))))
                    .list();
            return found;
        }

        /** Member numbers for the rows, drawn from their provinces' sequences in one round trip. */
        private Map<String, Deque<Long>> numbers(List<ImportedMember> rows) {
            Map<String, Integer> wanted = new TreeMap<>();
            for (ImportedMember row : rows) {
                wanted.merge(row.registration().domicile().province().value(), 1, Integer::sum);
            }
            Map<String, Deque<Long>> numbers = new HashMap<>();
            if (wanted.isEmpty()) {
                return numbers;
            }
            handle.createQuery("""
                            SELECT w.province, nextval(('member_seq_' || w.province)::regclass) AS number
                            FROM unnest(CAST(:provinces AS text[]), CAST(:counts AS int[])) AS w (province, wanted),
                                 generate_series(1, w.wanted)""")
                    .bind("provinces", "{" + String.join(",", wanted.keySet()) + "}")
                    .bind("counts", "{" + wanted.values().stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
                    .map((rs, ctx) -> numbers.computeIfAbsent(rs.getString("province"), p -> new ArrayDeque<>()).add(rs.getLong("number")))
                    .list();
            return numbers;
        }

        /** The slow path: staging table and INSERT … ON CONFLICT DO NOTHING. */
        private BatchOutcome staged(List<ImportedMember> batch) {
            handle.execute("TRUNCATE import_staging");
            copy(COPY, batch, null, false);
            int inserted = handle.createUpdate(INSERT).bind("job", job.value().toString()).execute();
            if (inserted == batch.size()) {
                return new BatchOutcome(inserted, List.of());
            }
            List<RowConflict> conflicts = handle.createQuery(CONFLICTS).bind("job", job.value().toString())
                    .map((rs, ctx) -> {
                        Holder holder = holder(rs);
                        long line = rs.getLong("line");
                        if (rs.getBoolean("ours")) {
                            return new RowConflict(line, RowConflict.Kind.DUPLICATE_IN_FILE, Optional.of(holder),
                                    OptionalLong.of(rs.getLong("import_line")));
                        }
                        RowConflict.Kind kind = rs.getBoolean("same") ? RowConflict.Kind.ALREADY_IMPORTED
                                : RowConflict.Kind.DUPLICATE_IN_DATABASE;
                        return new RowConflict(line, kind, Optional.of(holder), OptionalLong.empty());
                    }).list();
            return new BatchOutcome(inserted, conflicts);
        }

        private void copy(String sql, List<ImportedMember> rows, Map<String, Deque<Long>> numbers, boolean direct) {
            if (rows.isEmpty()) {
                return;
            }
            String jobText = job.value().toString();
            try {
                CopyIn copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                try {
                    StringBuilder text = new StringBuilder(64 * 1024);
                    for (ImportedMember row : rows) {
                        Registration r = row.registration();
                        if (direct) {
                            MemberNumber number = new MemberNumber(r.domicile().province(),
                                    numbers.get(r.domicile().province().value()).pop());
                            MemberRows.copy(text, mapping.row(new MemberId(TimeOrderedIds.next()), number, r, row.stages()), 0,
                                    jobText, row.line(), 1);
                        } else {
                            MemberRows.copy(text, mapping.row(UNNUMBERED_ID, UNNUMBERED, r, row.stages()), 3, row.line());
                        }
                        if (text.length() > 60_000) {
                            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                            copy.writeToCopy(bytes, 0, bytes.length);
                            text.setLength(0);
                        }
                    }
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    long sent = System.nanoTime();
                    copy.endCopy();
                    LOG.debug("COPY of {} rows: server finished {} ms after the last byte", rows.size(),
                            (System.nanoTime() - sent) / 1_000_000);
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("COPY of an import batch failed (" + e.getSQLState() + ")", e);
            }
        }

        private static Holder holder(ResultSet rs) throws SQLException {
            return new Holder(new MemberNumber(ProvinceCode.of(rs.getString("number_province")), rs.getLong("sequence")),
                    KecamatanCode.of(rs.getString("kecamatan")));
        }

        /** A stored member holding a NIK of the batch. */
        private record Existing(Holder number, boolean ours, long importLine, String fullName, String kecamatan,
                                LocalDate registeredOn) {

            RowConflict conflict(ImportedMember row) {
                Registration r = row.registration();
                if (ours) {
                    return new RowConflict(row.line(), RowConflict.Kind.DUPLICATE_IN_FILE, Optional.of(number), OptionalLong.of(importLine));
                }
                boolean same = fullName.equals(r.fullName()) && kecamatan.equals(r.domicile().digits())
                        && registeredOn.equals(r.registeredOn());
                return new RowConflict(row.line(), same ? RowConflict.Kind.ALREADY_IMPORTED : RowConflict.Kind.DUPLICATE_IN_DATABASE,
                        Optional.of(number), OptionalLong.empty());
            }
        }

        @Override
        public void finish(boolean commit) {
            finished = true;
            if (oneTransaction) {
                if (commit) {
                    handle.commit();
                } else {
                    handle.rollback();
                }
            }
        }

        @Override
        public void close() {
            try {
                if (oneTransaction && !finished && handle.isInTransaction()) {
                    handle.rollback();
                }
                handle.execute("RESET statement_timeout");
                handle.execute("RESET lock_timeout");
            } catch (RuntimeException e) {
                LOG.debug("the import connection could not be reset; the pool replaces it", e);
            } finally {
                handle.close();
            }
        }
    }
}
