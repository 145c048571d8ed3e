package id.okoce.adapter.http.api;

import id.okoce.application.port.in.Revealed;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Answers that reveal members' personal data leave only once their read records are stored. The
 * body is written out at once on the request's thread; the thread is then free while the records
 * are committed (many requests share one commit), and the answer is sent from the thread that
 * tells of the commit (see {@link id.okoce.application.port.out.ReadRecords}). When the records are
 * already stored (or none were needed) it is sent at once.
 */
public final class Answers {

    private Answers() {
    }

    /** Answers {@code body(revealed.value())} as JSON once the read records of {@code revealed} are stored. */
    public static <T> void json(Context ctx, Revealed<T> revealed, Function<T, ?> body) {
        byte[] json = Json.bytes(body.apply(revealed.value()));
        CompletableFuture<Void> recorded = revealed.recorded();
        if (recorded.isDone() && !recorded.isCompletedExceptionally()) {
            ctx.contentType(Json.MEDIA_TYPE).result(json);
            return;
        }
        ctx.future(() -> recorded.thenAccept(stored -> ctx.contentType(Json.MEDIA_TYPE).result(json)));
    }
}
