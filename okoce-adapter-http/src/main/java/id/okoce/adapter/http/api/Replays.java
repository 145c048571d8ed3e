package id.okoce.adapter.http.api;

import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.access.ReplayRequestsUseCase.RememberedOutcome;
import id.okoce.domain.access.Actor;
import id.okoce.domain.shared.DomainException;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} support: the first successful answer to a key is remembered for the
 * caller; a retry with the same key and body gets it again (with {@code Idempotency-Replayed: true});
 * the same key with another body is refused with 422.
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
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidRequestException(FieldError.parameter("Idempotency-Key", "IDEMPOTENCY_KEY_INVALID",
                    "Idempotency-Key must be 1–200 characters"));
        }
        String fingerprint = sha256(requestBody);
        Optional<RememberedOutcome> earlier = replays.recall(actor, key);
        if (earlier.isPresent()) {
            replay(ctx, earlier.get(), fingerprint);
            return;
        }
        Answer answer;
        try {
            answer = work.get();
        } catch (DomainException refusal) {
            Optional<RememberedOutcome> concurrent = replays.recall(actor, key);
            if (concurrent.isPresent()) {
                replay(ctx, concurrent.get(), fingerprint);
                return;
            }
            throw refusal;
        }
        String json = Json.write(answer.body());
        replays.remember(actor, key, new RememberedOutcome(fingerprint, answer.status(), json, Optional.ofNullable(answer.location())));
        headers(ctx, answer);
        ctx.status(answer.status()).contentType("application/json").result(json);
    }

    private static void replay(Context ctx, RememberedOutcome earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new HttpRefusal(HttpRefusal.Kind.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was already used with another body; use a new key for a new request");
        }
        earlier.location().ifPresent(l -> ctx.header("Location", l));
        ctx.header("Idempotency-Replayed", "true");
        ctx.status(earlier.status()).contentType("application/json").result(earlier.body());
    }

    /** Sends an answer without idempotency. */
    public static void send(Context ctx, Answer answer) {
        headers(ctx, answer);
        ctx.status(answer.status()).json(answer.body());
    }

    private static void headers(Context ctx, Answer answer) {
        if (answer.location() != null) {
            ctx.header("Location", answer.location());
        }
        if (answer.etag() != null) {
            ctx.header("ETag", answer.etag());
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
