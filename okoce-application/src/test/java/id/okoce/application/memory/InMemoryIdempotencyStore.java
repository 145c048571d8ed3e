package id.okoce.application.memory;

import id.okoce.application.port.out.IdempotencyStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Remembered request outcomes in memory. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    @Override
    public Optional<Outcome> find(String scope, String key) {
        return Optional.ofNullable(outcomes.get(scope + "\u0000" + key));
    }

    @Override
    public boolean remember(String scope, String key, Outcome outcome) {
        return outcomes.putIfAbsent(scope + "\u0000" + key, outcome) == null;
    }
}
