package id.okoce.adapter.http.imports;

import id.okoce.domain.importing.ImportStatus;
import id.okoce.domain.importing.ImportMode;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.domain.importing.ImportJob;
import java.time.Instant;
import java.util.UUID;

/**
 * An import job as the API shows it.
 *
 * @param id              the job's id
 * @param mode            validate-only, all-or-nothing or per-row
 * @param fileName        the uploaded file's name
 * @param status          QUEUED, RUNNING, COMPLETED, ROLLED_BACK, VALIDATED or FAILED
 * @param rows            data rows read so far
 * @param accepted        rows that passed every check
 * @param inserted        rows written and committed
 * @param alreadyImported rows skipped because the same member is already stored
 * @param invalid         rows refused by a rule
 * @param duplicates      rows whose NIK is taken
 * @param createdAt       when it was accepted
 * @param finishedAt      when it ended
 * @param failure         why it failed, if it did
 * @param errorReport     where to download the refused rows as CSV
 */
public record ImportJobResponse(@ApiField(value = "job id", format = "uuid") UUID id,
                                @ApiField(value = "mode", allowedFrom = ImportMode.class) String mode,
                                @ApiField("uploaded file name") String fileName,
                                @ApiField(value = "status", allowedFrom = ImportStatus.class)
                                String status,
                                @ApiField("data rows read so far") long rows,
                                @ApiField("rows that passed every check") long accepted,
                                @ApiField("rows written and committed") long inserted,
                                @ApiField("rows skipped: the same member is already stored") long alreadyImported,
                                @ApiField("rows refused by a rule") long invalid,
                                @ApiField("rows whose NIK is taken (earlier in the file or by another member)") long duplicates,
                                @ApiField("when it was accepted") Instant createdAt,
                                @ApiField(value = "when it ended", optional = true) Instant finishedAt,
                                @ApiField(value = "why it failed", optional = true) String failure,
                                @ApiField("the refused rows as CSV (line, field, code, message)") String errorReport) {

    /** The response for {@code job}. */
    public static ImportJobResponse of(ImportJob job) {
        return new ImportJobResponse(job.id().value(), job.mode().label(), job.fileName(), job.status().name(), job.counts().rows(),
                job.counts().accepted(), job.counts().inserted(), job.counts().alreadyImported(), job.counts().invalid(),
                job.counts().duplicates(), job.createdAt(), job.finishedAt().orElse(null), job.failure().orElse(null),
                "/api/v1/imports/" + job.id() + "/errors");
    }
}
