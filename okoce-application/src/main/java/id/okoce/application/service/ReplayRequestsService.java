package id.okoce.application.service;

import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.out.IdempotencyStore;
import id.okoce.domain.access.Actor;
import java.util.Optional;

/** Keeps request outcomes per caller in the idempotency store. */
public final class ReplayRequestsService implements ReplayRequestsUseCase {

    private final IdempotencyStore store;

    /** Wires the service. */
    public ReplayRequestsService(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public Optional<RememberedOutcome> recall(Actor actor, String key) {
        return store.find(actor.scopeKey(), key)
                .map(o -> new RememberedOutcome(o.fingerprint(), o.status(), o.body(), o.location()));
    }

    @Override
    public void remember(Actor actor, String key, RememberedOutcome outcome) {
        store.remember(actor.scopeKey(), key,
                new IdempotencyStore.Outcome(outcome.fingerprint(), outcome.status(), outcome.body(), outcome.location()));
    }
}
