package id.okoce.adapter.jdbc.imports;

import id.okoce.adapter.jdbc.support.TimeOrderedIds;
import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.MemberImportStore.Holder;
import id.okoce.domain.business.Nib;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.Registration;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import id.okoce.adapter.jdbc.support.DatabaseFailures;
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

    private static final String STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS import_staging (
                line bigint, province text, nik text, full_name text, phone text, kecamatan text, business_name text,
                business_sector text, business_started_on date, nib text, registered_on date, registered_by uuid,
                highest_stage smallint, p1_on date, p2_on date, p2_certificate text, p3_on date, p3_note text, p4_on date,
                p4_licence_type text, p4_licence_number text, p5_on date, p5_note text, p6_on date, p6_note text, p7_on date,
                p7_reference text)""";
    private static final String COLUMNS = "province, nik, full_name, phone, kecamatan, business_name, business_sector, "
            + "business_started_on, nib, registered_on, registered_by, highest_stage, p1_on, p2_on, p2_certificate, p3_on, p3_note, "
            + "p4_on, p4_licence_type, p4_licence_number, p5_on, p5_note, p6_on, p6_note, p7_on, p7_reference";
    private static final String COPY = "COPY import_staging (line, " + COLUMNS + ") FROM STDIN WITH (FORMAT csv)";
    private static final String INSERT = "INSERT INTO members (id, sequence, " + COLUMNS + ", import_job, import_line, version) "
            + "SELECT uuidv7(), nextval(('member_seq_' || province)::regclass), " + COLUMNS + ", CAST(:job AS uuid), line, 1 "
            + "FROM import_staging ORDER BY line ON CONFLICT DO NOTHING";
    private static final String DIRECT = "COPY members (id, sequence, " + COLUMNS + ", import_job, import_line, version) "
            + "FROM STDIN WITH (FORMAT csv)";
    private static final String EXISTING = "SELECT m.nik, m.province, m.sequence, coalesce(m.import_job = CAST(:job AS uuid), false) AS ours, "
            + "m.import_line, m.full_name, m.kecamatan, m.registered_on "
            + "FROM unnest(CAST(:niks AS text[])) AS batch (nik) JOIN members m ON m.nik = batch.nik";
    private static final String CONFLICTS = """
            SELECT s.line, m.province, m.sequence, coalesce(m.import_job = CAST(:job AS uuid), false) AS ours, m.import_line,
                   (m.full_name = s.full_name AND m.kecamatan = s.kecamatan AND m.registered_on = s.registered_on) AS same
            FROM import_staging s JOIN members m ON m.nik = s.nik
            WHERE NOT (coalesce(m.import_job = CAST(:job AS uuid), false) AND m.import_line = s.line)""";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMemberImportStore.class);

    private final Jdbi jdbi;
    private final Consumer<List<ImportedMember>> beforeSecondAttempt;

    /** A store on {@code dataSource}; each import session holds one connection of its own. */
    public JdbcMemberImportStore(DataSource dataSource) {
        this(dataSource, rows -> { });
    }

    /**
     * A store that calls {@code beforeSecondAttempt} with a batch's fresh rows between the lookup of
     * taken NIKs and the second COPY — where a concurrent registration can still take one (tests
     * use it to reach the staging-table path deterministically).
     */
    JdbcMemberImportStore(DataSource dataSource, Consumer<List<ImportedMember>> beforeSecondAttempt) {
        this.jdbi = Jdbi.create(dataSource);
        this.beforeSecondAttempt = beforeSecondAttempt;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The session's connection is freed from the pool's time bounds (an import's statements
     * take as long as its batches need) and gets them back when the session closes.
     */
    @Override
    public Session open(ImportJobId job, boolean oneTransaction) {
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
            return new PostgresSession(handle, job, oneTransaction, beforeSecondAttempt);
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(e);
        }
    }

    /** One connection, one staging table. */
    private static final class PostgresSession implements Session {
        private final Handle handle;
        private final ImportJobId job;
        private final boolean oneTransaction;
        private final Consumer<List<ImportedMember>> beforeSecondAttempt;
        private boolean finished;

        PostgresSession(Handle handle, ImportJobId job, boolean oneTransaction, Consumer<List<ImportedMember>> beforeSecondAttempt) {
            this.handle = handle;
            this.job = job;
            this.oneTransaction = oneTransaction;
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

        private BatchOutcome writeBatch(List<ImportedMember> batch) {
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

        /** The stored members holding the batch's NIKs. */
        private Map<String, Existing> existing(List<ImportedMember> rows) {
            Map<String, Existing> found = new HashMap<>();
            if (rows.isEmpty()) {
                return found;
            }
            StringBuilder niks = new StringBuilder(rows.size() * 17 + 2).append('{');
            for (ImportedMember row : rows) {
                if (niks.length() > 1) {
                    niks.append(',');
                }
                niks.append(row.registration().nik().value());
            }
            niks.append('}');
            handle.createQuery(EXISTING).bind("job", job.value().toString()).bind("niks", niks.toString())
                    .map((rs, ctx) -> found.put(rs.getString("nik"), new Existing(
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
                        if (direct) {
                            String province = row.registration().domicile().province().value();
                            text.append(TimeOrderedIds.next()).append(',').append(numbers.get(province).pop()).append(',');
                            line(text, row);
                            text.append(',').append(jobText).append(',').append(row.line()).append(",1\n");
                        } else {
                            text.append(row.line()).append(',');
                            line(text, row);
                            text.append('\n');
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

        private static void line(StringBuilder out, ImportedMember row) {
            Registration r = row.registration();
            out.append(r.domicile().province().value()).append(',');
            out.append(r.nik().value()).append(',');
            text(out, r.fullName());
            out.append(',').append(r.phone().e164()).append(',');
            out.append(r.domicile().digits()).append(',');
            text(out, r.business().name());
            out.append(',').append(r.business().sector().name()).append(',');
            out.append(r.business().startedOn()).append(',');
            out.append(r.business().nib().map(Nib::value).orElse("")).append(',');
            out.append(r.registeredOn()).append(',');
            out.append(r.registeredBy().map(PartnerId::toString).orElse("")).append(',');
            out.append(row.stages().highest().number());
            for (Stage stage : Stage.values()) {
                StageCompletion done = row.stages().completion(stage).orElse(null);
                out.append(',');
                if (done != null) {
                    out.append(done.completedOn());
                }
                StageEvidence evidence = done == null ? null : done.evidence();
                switch (stage) {
                    case REGISTRATION -> { }
                    case LICENSING -> {
                        out.append(',');
                        if (evidence instanceof StageEvidence.BusinessLicence l) {
                            out.append(l.type().name()).append(',');
                            text(out, l.number());
                        } else {
                            out.append(',');
                        }
                    }
                    default -> {
                        out.append(',');
                        text(out, evidenceText(evidence));
                    }
                }
            }
        }

        private static String evidenceText(StageEvidence evidence) {
            if (evidence instanceof StageEvidence.TrainingCertificate c) {
                return c.certificateNumber();
            }
            if (evidence instanceof StageEvidence.FinancingReference f) {
                return f.reference();
            }
            if (evidence instanceof StageEvidence.Note n) {
                return n.text();
            }
            return null;
        }

        private static void text(StringBuilder out, String value) {
            if (value == null) {
                return;
            }
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
        }

        private static Holder holder(ResultSet rs) throws SQLException {
            ProvinceCode province = ProvinceCode.of(rs.getString("province"));
            return new Holder(new MemberNumber(province, rs.getLong("sequence")), province);
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
