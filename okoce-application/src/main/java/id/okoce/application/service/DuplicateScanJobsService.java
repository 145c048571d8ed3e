package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.duplicate.DuplicateScanJobsUseCase;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.shared.DomainException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Scan jobs on a thread of their own, one at a time; the last {@value #KEPT} jobs are remembered. */
public final class DuplicateScanJobsService implements DuplicateScanJobsUseCase, AutoCloseable {

    /** How many jobs are remembered. */
    static final int KEPT = 20;

    private final ScanDuplicatesUseCase scans;
    private final Clock clock;
    private final Map<Long, ScanJob> jobs = new LinkedHashMap<>();
    private long last;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "okoce-duplicate-scan");
        thread.setDaemon(true);
        return thread;
    });

    /** Wires the service. */
    public DuplicateScanJobsService(ScanDuplicatesUseCase scans, Clock clock) {
        this.scans = scans;
        this.clock = clock;
    }

    @Override
    public ScanJob start(Actor actor) {
        actor.requireHub("scan the register for duplicates");
        ScanJob job;
        synchronized (this) {
            Optional<ScanJob> running = jobs.values().stream().filter(j -> j.status() == Status.RUNNING).findFirst();
            if (running.isPresent()) {
                throw new DomainException(ApplicationError.DUPLICATE_SCAN_RUNNING, "scan", "scan " + running.get().id()
                        + " is running since " + running.get().startedAt() + ": follow it rather than start another",
                        Map.of("scanId", Long.toString(running.get().id())));
            }
            job = new ScanJob(++last, Status.RUNNING, clock.instant(), Optional.empty(), Optional.empty(), Optional.empty());
            keep(job);
        }
        ScanJob started = job;
        runner.submit(() -> {
            try {
                ScanDuplicatesUseCase.ScanReport report = scans.scan(actor);
                end(new ScanJob(started.id(), Status.DONE, started.startedAt(), Optional.of(clock.instant()), Optional.of(report),
                        Optional.empty()));
            } catch (RuntimeException e) {
                end(new ScanJob(started.id(), Status.FAILED, started.startedAt(), Optional.of(clock.instant()), Optional.empty(),
                        Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
        });
        return job;
    }

    @Override
    public synchronized ScanJob job(Actor actor, long id) {
        actor.requireHub("follow a duplicate scan");
        ScanJob job = jobs.get(id);
        if (job == null) {
            throw new DomainException(ApplicationError.DUPLICATE_SCAN_NOT_FOUND, "id", "no duplicate scan " + id + " in this service");
        }
        return job;
    }

    private synchronized void end(ScanJob job) {
        jobs.put(job.id(), job);
    }

    private void keep(ScanJob job) {
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
    }

    /** Stops the running scan, if any (its open batch rolls back; the pairs recorded before stay). */
    @Override
    public void close() {
        runner.shutdownNow();
    }
}
