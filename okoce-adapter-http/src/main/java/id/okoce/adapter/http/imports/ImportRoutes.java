package id.okoce.adapter.http.imports;

import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.HttpRefusal;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.importing.ImportJob;
import id.okoce.application.port.in.imports.ImportJobsUseCase;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportMode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Routes under {@code /api/v1/imports}. */
public final class ImportRoutes {

    /** The path prefix whose uploads may exceed 1 MiB. */
    public static final String BIG_BODIES = "/api/v1/imports";
    /** The largest upload, 4 GiB. */
    public static final long MAX_UPLOAD = 4L * 1024 * 1024 * 1024;

    private final ImportJobsUseCase importJobs;
    private final Path uploads;

    private ImportRoutes(ImportJobsUseCase importJobs, Path uploads) {
        this.importJobs = importJobs;
        this.uploads = uploads;
    }

    /** The import routes; uploads are kept in {@code uploads} until their job ends. */
    public static List<ApiRoute> of(ImportJobsUseCase importJobs, Path uploads) {
        ImportRoutes r = new ImportRoutes(importJobs, uploads);
        Param id = Param.path("id", "import job id");
        return List.of(
                ApiRoute.post("/api/v1/imports/members", r::upload).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("imports", "Upload a member CSV (the README's format) to import in the background; answers 202 with the job")
                        .params(Param.query("mode", "how bad rows are treated (default per-row)")
                                        .allowing(ImportMode.class),
                                Param.query("fileName", "a name for the upload, shown on the job"))
                        .body("text/csv").returns(202, ImportJobResponse.class).errors(413),
                ApiRoute.get("/api/v1/imports/{id}", r::get).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("imports", "An import job: status, counts, progress").params(id)
                        .returns(200, ImportJobResponse.class).errors(404),
                ApiRoute.get("/api/v1/imports/{id}/errors", r::errors).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("imports", "The job's refused rows as CSV: line, field, code, message").params(id)
                        .returns(200, "text/csv").errors(404));
    }

    private void upload(Context ctx) throws IOException {
        Actor actor = Auth.actor(ctx);
        ImportMode mode = Params.query(ctx, "mode", ImportMode::parse).orElse(ImportMode.PER_ROW);
        String name = Params.query(ctx, "fileName", s -> s.length() > 200 ? s.substring(0, 200) : s).orElse("upload.csv");
        Files.createDirectories(uploads);
        Path file = Files.createTempFile(uploads, "import-", ".csv");
        try (InputStream in = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[256 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_UPLOAD) {
                    throw new HttpRefusal(HttpRefusal.Kind.PAYLOAD_TOO_LARGE, "an import file may be at most 4 GiB");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        ImportJob job = importJobs.start(actor, mode, file, name);
        Replays.send(ctx, new Replays.Answer(202, ImportJobResponse.of(job), "/api/v1/imports/" + job.id(), null));
    }

    private void get(Context ctx) {
        ctx.json(ImportJobResponse.of(importJobs.get(Auth.actor(ctx), new ImportJobId(Params.uuid(ctx, "id")))));
    }

    private void errors(Context ctx) throws IOException {
        // rare and streamed: the thread waits for the read records of the members the report names
        ImportJobsUseCase.ErrorReport report = importJobs.errorReport(Auth.actor(ctx), new ImportJobId(Params.uuid(ctx, "id"))).await();
        ctx.contentType(report.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"");
        try (OutputStream out = ctx.outputStream()) {
            report.content().accept(out);
        }
    }
}
