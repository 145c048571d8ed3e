package id.okoce.adapter.http.api;

import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.access.ReplayRequestsUseCase.RememberedOutcome;
import id.okoce.application.port.in.access.ReplayRequestsUseCase.Replay;
import id.okoce.domain.access.Actor;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} support: the first successful answer to a key is remembered for the
 * caller, in the same transaction as the work; a retry with the same key and body gets it again,
 * headers included (with {@code Idempotency-Replayed: true}) — a retry that arrives while the first
 * request still runs waits for it; the same key with another body is refused with 422.
 */
public final class Replays {

    private Replays() {
    }

    /**
     * A successful answer to send (and maybe remember).
     *
     * @param status   its status
     * @param body     its body
     * @param location its Location, or null
     * @param etag     its ETag, or null
     */
    public record Answer(int status, Object body, String location, String etag) {
    }

    /** Runs {@code work} once per idempotency key (if the request has one) and sends its answer. */
    public static void answer(Context ctx, ReplayRequestsUseCase replays, Actor actor, byte[] requestBody, Supplier<Answer> work) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            send(ctx, work.get());
            return;
        }
        if (key.isBlank() || key.length() > 200 || key.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new InvalidRequestException(FieldError.parameter("Idempotency-Key", "IDEMPOTENCY_KEY_INVALID",
                    "Idempotency-Key must be 1–200 printable ASCII characters"));
        }
        Replay replay = replays.once(actor, key, sha256(requestBody), () -> {
            Answer answer = work.get();
            return new RememberedOutcome(answer.status(), Json.write(answer.body()), Optional.ofNullable(answer.location()),
                    Optional.ofNullable(answer.etag()));
        });
        RememberedOutcome outcome = replay.outcome();
        outcome.location().ifPresent(l -> ctx.header("Location", l));
        outcome.version().ifPresent(v -> ctx.header("ETag", v));
        if (replay.replayed()) {
            ctx.header("Idempotency-Replayed", "true");
        }
        ctx.status(outcome.status()).contentType(Json.MEDIA_TYPE).result(outcome.body());
    }

    /** Sends an answer without idempotency. */
    public static void send(Context ctx, Answer answer) {
        if (answer.location() != null) {
            ctx.header("Location", answer.location());
        }
        if (answer.etag() != null) {
            ctx.header("ETag", answer.etag());
        }
        ctx.status(answer.status()).json(answer.body());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
