package id.okoce.adapter.jdbc.imports;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.application.port.out.ImportJobRepository;
import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.ImportStatus;
import id.okoce.domain.importing.RowError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import id.okoce.domain.member.MemberNumber;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Import jobs and their error reports, each write committed on its own (never inside an import's
 * transaction), so a rolled-back import keeps its record and its report.
 */
public final class JdbcImportJobRepository implements ImportJobRepository {

    private final JdbiTransactions jdbi;

    /** Jobs on {@code dataSource}, in transactions of their own (never joining another's). */
    public JdbcImportJobRepository(DataSource dataSource) {
        this.jdbi = new JdbiTransactions(Jdbi.create(dataSource));
    }

    @Override
    public void save(ImportJob job) {
        jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO import_jobs (id, owner, mode, file_name, status, rows, accepted, inserted, already_imported, invalid,
                                                 duplicates, created_at, finished_at, failure)
                        VALUES (:id, :owner, :mode, :file, :status, :rows, :accepted, :inserted, :already, :invalid, :duplicates,
                                :created, :finished, :failure)
                        ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, rows = EXCLUDED.rows, accepted = EXCLUDED.accepted,
                            inserted = EXCLUDED.inserted, already_imported = EXCLUDED.already_imported, invalid = EXCLUDED.invalid,
                            duplicates = EXCLUDED.duplicates, finished_at = EXCLUDED.finished_at, failure = EXCLUDED.failure""")
                .bind("id", job.id().value()).bind("owner", job.owner()).bind("mode", job.mode().name()).bind("file", job.fileName())
                .bind("status", job.status().name()).bind("rows", job.counts().rows()).bind("accepted", job.counts().accepted())
                .bind("inserted", job.counts().inserted()).bind("already", job.counts().alreadyImported())
                .bind("invalid", job.counts().invalid()).bind("duplicates", job.counts().duplicates())
                .bind("created", utc(job.createdAt())).bind("finished", job.finishedAt().map(JdbcImportJobRepository::utc).orElse(null))
                .bind("failure", job.failure().orElse(null))
                .execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM import_jobs WHERE id = :id").bind("id", id.value())
                .map(JdbcImportJobRepository::map).findOne());
    }

    private static ImportJob map(ResultSet rs, StatementContext ctx) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportJob(new ImportJobId(Columns.uuid(rs, "id")), rs.getString("owner"), ImportMode.valueOf(rs.getString("mode")),
                rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")),
                new ImportCounts(rs.getLong("rows"), rs.getLong("accepted"), rs.getLong("inserted"), rs.getLong("already_imported"),
                        rs.getLong("invalid"), rs.getLong("duplicates")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(finished).map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("failure")));
    }

    @Override
    public void addErrors(ImportJobId id, List<RowError> errors) {
        jdbi.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch(
                    "INSERT INTO import_errors (job_id, line, field, code, message, member_number) "
                            + "VALUES (:job, :line, :field, :code, :message, :member)");
            for (RowError error : errors) {
                batch.bind("job", id.value()).bind("line", error.line()).bind("field", error.field()).bind("code", error.code())
                        .bind("message", error.message()).bind("member", error.member().map(MemberNumber::toString).orElse(null)).add();
            }
            return batch.execute();
        });
    }

    @Override
    public Set<MemberNumber> membersNamed(ImportJobId id) {
        Set<MemberNumber> named = new LinkedHashSet<>();
        jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT member_number FROM import_errors WHERE job_id = :job "
                        + "AND member_number IS NOT NULL").bind("job", id.value())
                .map((rs, ctx) -> named.add(MemberNumber.parse(rs.getString(1)))).list());
        return named;
    }

    @Override
    public void forEachError(ImportJobId id, Consumer<RowError> sink) {
        jdbi.run(() -> jdbi.withHandle(h -> {
            try (Stream<RowError> errors = h.createQuery("SELECT line, field, code, message, member_number FROM import_errors "
                            + "WHERE job_id = :job ORDER BY line").bind("job", id.value()).setFetchSize(2000)
                    .map((rs, ctx) -> new RowError(rs.getLong("line"), rs.getString("field"), rs.getString("code"),
                            rs.getString("message"), Optional.ofNullable(rs.getString("member_number")).map(MemberNumber::parse)))
                    .stream()) {
                errors.forEach(sink);
            }
            return null;
        }));
    }
}
