package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.out.IdempotencyStore;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keyed requests, once each: claim the key, do the work, remember its answer — one transaction.
 * Remembered answers may hold personal data (a name, a phone), so they are kept for a retention
 * period only and then deleted.
 */
public final class ReplayRequestsService implements ReplayRequestsUseCase {

    private final IdempotencyStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;

    /** Wires the service; answers are kept for {@code retention}. */
    public ReplayRequestsService(IdempotencyStore store, Transactions transactions, Clock clock, Duration retention) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * The key as stored: its SHA-256. A key is the client's own text and may hold anything (a NIK,
     * a name); only its hash is needed to find it again.
     */
    static String stored(String key) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public Replay once(Actor actor, String clientKey, String fingerprint, Supplier<RememberedOutcome> work) {
        String key = stored(clientKey);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<IdempotencyStore.Outcome> earlier = store.claim(actor.scopeKey(), key, now, now.minus(retention));
            if (earlier.isPresent()) {
                IdempotencyStore.Outcome o = earlier.get();
                if (!o.fingerprint().equals(fingerprint)) {
                    throw new DomainException(ApplicationError.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                            "this Idempotency-Key was already used with another body; use a new key for a new request");
                }
                return new Replay(new RememberedOutcome(o.status(), o.body(), o.location(), o.version()), true);
            }
            RememberedOutcome outcome = work.get();
            store.complete(actor.scopeKey(), key, new IdempotencyStore.Outcome(fingerprint, outcome.status(), outcome.body(),
                    outcome.location(), outcome.version()));
            return new Replay(outcome, false);
        });
    }

    @Override
    public int forgetExpired() {
        return transactions.inTransaction(() -> store.forgetRememberedBefore(clock.instant().minus(retention)));
    }
}
