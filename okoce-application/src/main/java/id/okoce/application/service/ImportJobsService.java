package id.okoce.application.service;

import id.okoce.application.port.in.imports.ImportJobsUseCase;
import id.okoce.domain.importing.ImportListener;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase;
import id.okoce.application.port.in.imports.ImportMembersUseCase;
import id.okoce.application.port.out.ImportErrorReport;
import id.okoce.application.port.out.ImportJobRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.shared.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Background import jobs, one at a time in arrival order: progress is saved every few seconds and
 * refused rows go to the job's error report as they come.
 */
public final class ImportJobsService implements ImportJobsUseCase, AutoCloseable {

    private final ImportMembersUseCase imports;
    private final ScanDuplicatesUseCase duplicates;
    private final ImportJobRepository jobs;
    private final ImportErrorReport report;
    private final MemberRepository members;
    private final Accounting accounting;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "okoce-import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    /** Wires the service. */
    public ImportJobsService(ImportMembersUseCase imports, ScanDuplicatesUseCase duplicates, ImportJobRepository jobs,
                             ImportErrorReport report, MemberRepository members, Accounting accounting, Clock clock) {
        this.imports = imports;
        this.duplicates = duplicates;
        this.jobs = jobs;
        this.report = report;
        this.members = members;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public ImportJob start(Actor actor, ImportMode mode, Path file, String fileName) {
        actor.requireRole("import members", Role.HUB_ADMIN, Role.PARTNER);
        ImportJob job = ImportJob.queued(ImportJobId.random(), actor.scopeKey(), mode, fileName, clock.instant());
        jobs.save(job);
        Origin origin = accounting.origin();
        runner.submit(() -> {
            try {
                ImportJob done = imports.run(new ImportMembersUseCase.ImportCommand(actor, job.id(), mode, file, fileName,
                        new Recorder(job), origin));
                if (done.counts().inserted() > 0) {
                    // the import does not check row by row: what it wrote is compared with the register now, pairs opened for review
                    duplicates.scanImport(Actor.system(), job.id());
                }
            } catch (RuntimeException e) {
                // the job record says FAILED and why; nothing else to do on this thread
            } finally {
                delete(file);
            }
        });
        return job;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary upload left behind is harmless
        }
    }

    @Override
    public ImportJob get(Actor actor, ImportJobId id) {
        return visible(actor, id);
    }

    @Override
    public Revealed<ErrorReport> errorReport(Actor actor, ImportJobId id) {
        ImportJob job = visible(actor, id);
        List<MemberId> named = jobs.membersNamed(job.id()).stream().map(members::findByNumber).flatMap(Optional::stream)
                .map(Member::id).toList();
        ErrorReport errors = new ErrorReport(report.mediaType(), "import-" + job.id() + "-errors." + report.extension(), out -> {
            try (ImportErrorReport.Writer writer = report.open(out)) {
                jobs.forEachError(job.id(), writer::write);
            }
        });
        return new Revealed<>(errors, accounting.revealed(actor, IMPORT_REVIEW, named));
    }

    private ImportJob visible(Actor actor, ImportJobId id) {
        return jobs.find(id).filter(j -> actor.isHub() || j.owner().equals(actor.scopeKey()))
                .orElseThrow(() -> new DomainException(ImportError.IMPORT_NOT_FOUND, "id", "no import " + id));
    }

    /** Stops taking jobs; a running one is interrupted (its open transaction rolls back). */
    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** Saves progress every two seconds and row errors in chunks. */
    private final class Recorder implements ImportListener {
        private final ImportJob job;
        private final List<RowError> pending = new ArrayList<>();
        private Instant lastSaved = Instant.EPOCH;

        Recorder(ImportJob job) {
            this.job = job;
        }

        @Override
        public synchronized void progress(ImportCounts counts) {
            flush();
            Instant now = clock.instant();
            if (Duration.between(lastSaved, now).toMillis() >= 2000) {
                jobs.save(job.running(counts));
                lastSaved = now;
            }
        }

        @Override
        public synchronized void rejected(RowError error) {
            pending.add(error);
            if (pending.size() >= 1000) {
                flush();
            }
        }

        private void flush() {
            if (!pending.isEmpty()) {
                jobs.addErrors(job.id(), List.copyOf(pending));
                pending.clear();
            }
        }
    }
}
