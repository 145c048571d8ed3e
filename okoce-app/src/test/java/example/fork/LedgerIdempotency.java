package example.fork;

import id.okoce.application.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Keyed requests in the ledger. A claim never waits: one ledger transaction runs at a time, so a
 * second request with a key runs after the first committed (and finds its outcome) or rolled back
 * (and its claim went with it).
 */
final class LedgerIdempotency implements IdempotencyStore {

    private final Ledger ledger;

    LedgerIdempotency(Ledger ledger) {
        this.ledger = ledger;
    }

    private static String id(String scope, String key) {
        return scope + "\u0000" + key;
    }

    @Override
    public Optional<Outcome> claim(String scope, String key, Instant now, Instant liveSince) {
        return ledger.transaction(data -> {
            Ledger.Remembered earlier = data.remembered.get(id(scope, key));
            if (earlier != null && earlier.outcome().isPresent() && !earlier.at().isBefore(liveSince)) {
                return earlier.outcome();
            }
            data.remembered.put(id(scope, key), new Ledger.Remembered(now, Optional.empty()));
            return Optional.empty();
        });
    }

    @Override
    public void complete(String scope, String key, Outcome outcome) {
        ledger.transaction(data -> {
            Ledger.Remembered claimed = data.remembered.get(id(scope, key));
            if (claimed == null || claimed.outcome().isPresent()) {
                throw new IllegalStateException("complete() without a claim of the key");
            }
            return data.remembered.put(id(scope, key), new Ledger.Remembered(claimed.at(), Optional.of(outcome)));
        });
    }

    @Override
    public int forgetRememberedBefore(Instant cutoff) {
        return ledger.transaction(data -> {
            int before = data.remembered.size();
            data.remembered.values().removeIf(r -> r.at().isBefore(cutoff));
            return before - data.remembered.size();
        });
    }

    @Override
    public int forgetMentioning(String text) {
        return ledger.transaction(data -> {
            int before = data.remembered.size();
            data.remembered.values().removeIf(r -> r.outcome().filter(o -> o.body().contains(text)
                    || o.location().filter(l -> l.contains(text)).isPresent()).isPresent());
            return before - data.remembered.size();
        });
    }
}
