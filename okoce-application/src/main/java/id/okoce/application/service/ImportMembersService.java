package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.imports.ImportMembersUseCase;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.ImportJobRepository;
import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberFileReader;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.Who;
import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportListener;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.network.NetworkCoverage;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.StagePrerequisitePolicy;
import id.okoce.domain.stage.StageRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs imports: validation on the calling thread, set-based writes of the previous batch on a
 * writer thread at the same time, so the two overlap; at most two batches are held in memory.
 */
public final class ImportMembersService implements ImportMembersUseCase {

    /** Rows per batch. */
    public static final int BATCH = 20_000;

    private final MemberFileReader reader;
    private final MemberImportStore store;
    private final ImportJobRepository jobs;
    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final StagePrerequisitePolicy prerequisites;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public ImportMembersService(MemberFileReader reader, MemberImportStore store, ImportJobRepository jobs,
                                PartnerRepository partners, AgreementRepository agreements,
                                StagePrerequisitePolicy prerequisites, Accounting accounting, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.jobs = jobs;
        this.partners = partners;
        this.agreements = agreements;
        this.prerequisites = prerequisites;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public ImportJob run(ImportCommand command) {
        command.actor().requireRole("import members", Role.HUB_ADMIN, Role.PARTNER);
        ImportJob job = jobs.find(command.id()).orElseGet(() -> ImportJob.queued(command.id(), command.actor().scopeKey(),
                command.mode(), command.fileName(), clock.instant()));
        Tally tally = new Tally(command.listener(), command.actor());
        jobs.save(job.running(tally.counts()));
        try {
            StageRules rules = new StageRules(prerequisites, NetworkCoverage.of(partners.find(Optional.empty(), Optional.empty()),
                    agreements.findAll()));
            RowValidator validator = new RowValidator(command.actor(), LocalDate.now(clock), rules);
            Outcome outcome = write(command, validator, tally);
            ImportCounts end = tally.finish(outcome == Outcome.COMMITTED);
            ImportJob done = outcome == Outcome.STOPPED ? job.stopped(end, clock.instant()) : job.finished(end, clock.instant());
            accounting.trail().append(completed(command, done));
            jobs.save(done);
            return done;
        } catch (RuntimeException e) {
            jobs.save(job.failed(tally.counts(), clock.instant(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            throw e;
        }
    }

    /** How the writing ended. */
    private enum Outcome {
        /** Everything written in one transaction, committed. */
        COMMITTED,
        /** Ended normally, per row, rolled back or validated. */
        ENDED,
        /** Stopped on request. */
        STOPPED
    }

    private Outcome write(ImportCommand command, RowValidator validator, Tally tally) {
        boolean oneTransaction = command.mode() != ImportMode.PER_ROW;
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "okoce-import-writer"));
        try (MemberFileReader.Rows rows = reader.open(command.file());
             MemberImportStore.Session session = store.open(command.id(), oneTransaction, imported(command))) {
            List<ImportedMember> batch = new ArrayList<>(BATCH);
            List<RowError> errors = new ArrayList<>();
            Future<?> inFlight = null;
            for (MemberFileRow row : rows) {
                if (command.listener().stopRequested()) {
                    await(inFlight);
                    session.finish(false);
                    return Outcome.STOPPED;
                }
                validator.validate(row, errors).ifPresent(batch::add);
                tally.row(errors);
                errors.clear();
                if (batch.size() == BATCH) {
                    await(inFlight);
                    List<ImportedMember> full = batch;
                    inFlight = writer.submit(() -> tally.written(session.write(full), !oneTransaction));
                    batch = new ArrayList<>(BATCH);
                }
            }
            await(inFlight);
            if (!batch.isEmpty()) {
                tally.written(session.write(batch), !oneTransaction);
            }
            boolean commit = command.mode() == ImportMode.ALL_OR_NOTHING && tally.counts().refused() == 0;
            session.finish(commit);
            return commit ? Outcome.COMMITTED : Outcome.ENDED;
        } finally {
            writer.shutdownNow();
        }
    }

    /** The audit entry each written batch of the job appends. */
    private AuditEntry imported(ImportCommand command) {
        return new AuditEntry(clock.instant(), Who.of(command.actor()), command.origin(), AuditAction.MEMBERS_IMPORTED,
                command.id().toString(), Optional.empty(), command.actor().partnerProvince(), List.of(),
                Optional.of("import of " + command.fileName() + " (" + command.mode() + ")"));
    }

    /** The one entry (and so the one event) a finished job makes, with its counts, where its batches made one each. */
    private AuditEntry completed(ImportCommand command, ImportJob done) {
        ImportCounts c = done.counts();
        return new AuditEntry(clock.instant(), Who.of(command.actor()), command.origin(), AuditAction.IMPORT_COMPLETED,
                command.id().toString(), Optional.empty(), command.actor().partnerProvince(),
                List.of(FieldChange.of("status", null, done.status()), FieldChange.of("mode", null, done.mode()),
                        FieldChange.of("inserted", null, c.inserted()), FieldChange.of("alreadyPresent", null, c.alreadyImported()),
                        FieldChange.of("refused", null, c.invalid() + c.duplicates())), Optional.empty());
    }

    private static void await(Future<?> inFlight) {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("import writer failed", e.getCause());
        }
    }

    /** The counts of one import, updated from both threads, and the listener told of each change. */
    private static final class Tally {
        private final ImportListener listener;
        private final Actor actor;
        private long rows;
        private long accepted;
        private long inserted;
        private long alreadyImported;
        private long invalid;
        private long duplicates;

        Tally(ImportListener listener, Actor actor) {
            this.listener = listener;
            this.actor = actor;
        }

        synchronized void row(List<RowError> errors) {
            rows++;
            if (!errors.isEmpty()) {
                invalid++;
                errors.forEach(listener::rejected);
            }
        }

        synchronized void written(MemberImportStore.BatchOutcome outcome, boolean committed) {
            accepted += outcome.inserted();
            if (committed) {
                inserted += outcome.inserted();
            }
            for (MemberImportStore.RowConflict conflict : outcome.conflicts()) {
                switch (conflict.kind()) {
                    case ALREADY_IMPORTED -> alreadyImported++;
                    case DUPLICATE_IN_FILE -> {
                        duplicates++;
                        listener.rejected(new RowError(conflict.line(), "nik", ImportError.IMPORT_DUPLICATE_IN_FILE.name(),
                                "this NIK is already on line " + conflict.firstLine().orElse(0)));
                    }
                    case DUPLICATE_IN_DATABASE -> {
                        duplicates++;
                        Optional<MemberImportStore.Holder> shown = conflict.existing().filter(h -> actor.canSee(h.livesIn()));
                        listener.rejected(new RowError(conflict.line(), "nik", ApplicationError.MEMBER_DUPLICATE_NIK.name(),
                                shown.<DomainException>map(h -> new DuplicateNikException(h.number(), h.livesIn()))
                                        .orElseGet(DuplicateNikException::hidden).getMessage(),
                                shown.map(MemberImportStore.Holder::number)));
                    }
                }
            }
            listener.progress(counts());
        }

        synchronized ImportCounts finish(boolean committedAll) {
            if (committedAll) {
                inserted = accepted;
            }
            ImportCounts end = counts();
            listener.progress(end);
            return end;
        }

        synchronized ImportCounts counts() {
            return new ImportCounts(rows, accepted, inserted, alreadyImported, invalid, duplicates);
        }
    }
}
