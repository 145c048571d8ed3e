package id.okoce.adapter.http.api;

import id.okoce.application.port.in.Revealed;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Answers that reveal members' personal data leave only once their read records are stored. The
 * body is written out at once on the request's thread; the thread is then free while the records
 * are committed (many requests share one commit), and the answer is sent from {@code executor}
 * when they are. When the records are already stored (or none were needed) it is sent at once.
 */
public final class Answers {

    private Answers() {
    }

    /** Answers {@code body(revealed.value())} as JSON once the read records of {@code revealed} are stored. */
    public static <T> void json(Context ctx, Revealed<T> revealed, Function<T, ?> body, Executor executor) {
        byte[] json = Json.write(body.apply(revealed.value())).getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Void> recorded = revealed.recorded();
        if (recorded.isDone() && !recorded.isCompletedExceptionally()) {
            ctx.contentType(Json.MEDIA_TYPE).result(json);
            return;
        }
        ctx.future(() -> recorded.thenAcceptAsync(stored -> ctx.contentType(Json.MEDIA_TYPE).result(json), executor));
    }
}
