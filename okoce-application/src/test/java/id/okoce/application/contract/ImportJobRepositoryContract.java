package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.ImportStatus;
import id.okoce.domain.importing.RowError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.ImportJobRepository}. */
public abstract class ImportJobRepositoryContract extends PortContract {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void jobs_are_saved_replaced_and_found() {
        ImportJob queued = ImportJob.queued(ImportJobId.random(), "hub:admin", ImportMode.PER_ROW, "anggota.csv", AT);
        ports.importJobs().save(queued);
        assertThat(ports.importJobs().find(queued.id())).contains(queued);
        ImportJob done = queued.finished(new ImportCounts(10, 8, 8, 1, 1, 0), AT.plusSeconds(5));
        ports.importJobs().save(done);
        ImportJob read = ports.importJobs().find(queued.id()).orElseThrow();
        assertThat(read).isEqualTo(done);
        assertThat(read.status()).isEqualTo(ImportStatus.COMPLETED);
        ImportJob failed = queued.failed(ImportCounts.zero(), AT.plusSeconds(1), "database down");
        ports.importJobs().save(failed);
        assertThat(ports.importJobs().find(queued.id()).orElseThrow().failure()).contains("database down");
        assertThat(ports.importJobs().find(ImportJobId.random())).isEmpty();
    }

    @Test
    void row_errors_come_back_in_line_order_even_when_a_job_is_rolled_back() {
        ImportJob job = ImportJob.queued(ImportJobId.random(), "hub:admin", ImportMode.ALL_OR_NOTHING, "a.csv", AT);
        ports.importJobs().save(job);
        ports.importJobs().addErrors(job.id(), List.of(new RowError(9, "nik", "NIK_LENGTH", "NIK must have 16 digits"),
                new RowError(3, "phone", "PHONE_NOT_MOBILE", "phone, \"quoted\", with commas")));
        ports.importJobs().addErrors(job.id(), List.of(new RowError(5, "", "IMPORT_ROW_MALFORMED", "8 columns")));
        List<RowError> read = new ArrayList<>();
        ports.importJobs().forEachError(job.id(), read::add);
        assertThat(read).extracting(RowError::line).containsExactly(3L, 5L, 9L);
        assertThat(read.get(0).message()).isEqualTo("phone, \"quoted\", with commas");
        List<RowError> none = new ArrayList<>();
        ports.importJobs().forEachError(ImportJobId.random(), none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void the_members_named_by_refusals_are_told_each_once() {
        ImportJob job = ImportJob.queued(ImportJobId.random(), "hub:admin", ImportMode.PER_ROW, "a.csv", AT);
        ports.importJobs().save(job);
        id.okoce.domain.member.MemberNumber holder = id.okoce.domain.member.MemberNumber.parse("OKOCE-31-0000007");
        ports.importJobs().addErrors(job.id(), List.of(
                new RowError(4, "nik", "MEMBER_DUPLICATE_NIK", "held by OKOCE-31-0000007", java.util.Optional.of(holder)),
                new RowError(6, "nik", "MEMBER_DUPLICATE_NIK", "held by OKOCE-31-0000007", java.util.Optional.of(holder)),
                new RowError(8, "phone", "PHONE_NOT_MOBILE", "not a mobile")));
        assertThat(ports.importJobs().membersNamed(job.id())).containsExactly(holder);
        List<RowError> read = new ArrayList<>();
        ports.importJobs().forEachError(job.id(), read::add);
        assertThat(read.get(0).member()).as("the member named comes back with its row").contains(holder);
        assertThat(read.get(2).member()).isEmpty();
        assertThat(ports.importJobs().membersNamed(ImportJobId.random())).isEmpty();
    }
}
