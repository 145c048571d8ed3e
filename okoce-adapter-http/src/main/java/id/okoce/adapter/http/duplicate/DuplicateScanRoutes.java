package id.okoce.adapter.http.duplicate;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.application.port.in.duplicate.DuplicateScanJobsUseCase;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase;
import id.okoce.domain.access.Role;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** The whole-register scan as a background job: start one, follow it. */
public final class DuplicateScanRoutes {

    /** Where scans are. */
    public static final String BASE = "/api/v1/duplicate-scans";
    private final DuplicateScanJobsUseCase scans;

    private DuplicateScanRoutes(DuplicateScanJobsUseCase scans) {
        this.scans = scans;
    }

    /**
     * What a finished scan did.
     *
     * @param members   members compared (a member in two blocks counts twice)
     * @param compared  pairs compared
     * @param found     pairs at or above the review threshold
     * @param likely    of them, at or above the likely threshold
     * @param opened    pairs not recorded before
     * @param oversized blocks left out for holding more than a thousand members
     * @param seconds   how long it took
     */
    public record Report(@ApiField(value = "members compared (a member in two blocks counts twice)", format = "int64") long members,
                         @ApiField(value = "pairs compared", format = "int64") long compared,
                         @ApiField(value = "pairs at or above the review threshold", format = "int64") long found,
                         @ApiField(value = "of them, at or above the likely threshold", format = "int64") long likely,
                         @ApiField(value = "pairs not recorded before (the rest were known, open or resolved)", format = "int64")
                         long opened,
                         @ApiField(value = "blocks left out for holding more than a thousand members (an office's phone)",
                             format = "int64") long oversized,
                         @ApiField(value = "how long it took, in seconds", format = "double") double seconds) {

        static Report of(ScanDuplicatesUseCase.ScanReport r) {
            return new Report(r.members(), r.compared(), r.found(), r.likely(), r.opened(), r.oversized(), r.took().toMillis() / 1000.0);
        }
    }

    /**
     * A scan job.
     *
     * @param id        its number in this service
     * @param status    RUNNING, DONE or FAILED
     * @param startedAt when it started
     * @param endedAt   when it ended
     * @param report    what it did, once done
     * @param failure   why it failed
     */
    public record Job(@ApiField(value = "its number in this service", format = "int64") long id,
                      @ApiField(value = "where it stands", allowedFrom = DuplicateScanJobsUseCase.Status.class) String status,
                      @ApiField("when it started") Instant startedAt,
                      @ApiField(value = "when it ended", optional = true) Instant endedAt,
                      @ApiField(value = "what it did, once done", optional = true) Report report,
                      @ApiField(value = "why it failed", optional = true) String failure) {

        static Job of(DuplicateScanJobsUseCase.ScanJob j) {
            return new Job(j.id(), j.status().name(), j.startedAt(), j.endedAt().orElse(null), j.report().map(Report::of).orElse(null),
                    j.failure().orElse(null));
        }
    }

    /** The routes. */
    public static List<ApiRoute> of(DuplicateScanJobsUseCase scans) {
        DuplicateScanRoutes r = new DuplicateScanRoutes(scans);
        return List.of(
                ApiRoute.post(BASE, r::start).roles(Role.HUB_ADMIN)
                        .doc("duplicates", "Scan the whole register for possible duplicates in the background (as okoce duplicates scan "
                                + "does): every pair at or above the review threshold not recorded before is opened for review; "
                                + "answers 202 with the job; one scan at a time")
                        .returns(202, Job.class).errors(409),
                ApiRoute.get(BASE + "/{id}", r::get).roles(Role.HUB_ADMIN)
                        .doc("duplicates", "A scan job: running, done with what it found, or failed with why (jobs are kept until the "
                                + "service restarts)")
                        .params(new Param("id", "path", true, "scan number", "integer", "int64", new String[0]))
                        .returns(200, Job.class).errors(404));
    }

    private void start(Context ctx) {
        DuplicateScanJobsUseCase.ScanJob job = scans.start(Auth.actor(ctx));
        Replays.send(ctx, new Replays.Answer(202, Job.of(job), BASE + "/" + job.id(), null));
    }

    private void get(Context ctx) {
        ctx.json(Job.of(scans.job(Auth.actor(ctx), Params.pathNumber(ctx, "id", "SCAN_ID_MALFORMED"))));
    }
}
