package id.okoce.application.memory;

import id.okoce.application.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembered request outcomes in memory. A claim needs no waiting: {@link InMemoryTransactions}
 * runs one transaction at a time, so a second request with the key runs after the first committed
 * (and finds its outcome) or rolled back (and its claim was undone).
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    /** A key's state: claimed ({@code outcome} empty, only ever seen by its own transaction) or answered. */
    private record Entry(Instant at, Optional<Outcome> outcome) {
    }

    private final InMemoryTransactions transactions;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** A store whose writes join {@code transactions}. */
    public InMemoryIdempotencyStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private static String id(String scope, String key) {
        return scope + "\u0000" + key;
    }

    @Override
    public Optional<Outcome> claim(String scope, String key, Instant now, Instant liveSince) {
        return transactions.write(() -> {
            String id = id(scope, key);
            Entry earlier = entries.get(id);
            if (earlier != null && earlier.outcome().isPresent() && !earlier.at().isBefore(liveSince)) {
                return earlier.outcome();
            }
            entries.put(id, new Entry(now, Optional.empty()));
            transactions.onRollback(() -> restore(id, earlier));
            return Optional.empty();
        });
    }

    @Override
    public void complete(String scope, String key, Outcome outcome) {
        transactions.write(() -> {
            String id = id(scope, key);
            Entry claimed = entries.get(id);
            if (claimed == null || claimed.outcome().isPresent()) {
                throw new IllegalStateException("complete() without a claim of the key");
            }
            entries.put(id, new Entry(claimed.at(), Optional.of(outcome)));
            transactions.onRollback(() -> entries.put(id, claimed));
            return null;
        });
    }

    private void restore(String id, Entry earlier) {
        if (earlier == null) {
            entries.remove(id);
        } else {
            entries.put(id, earlier);
        }
    }

    @Override
    public int forgetRememberedBefore(Instant cutoff) {
        return transactions.write(() -> {
            int forgotten = 0;
            for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Entry> e = it.next();
                if (e.getValue().at().isBefore(cutoff)) {
                    it.remove();
                    Map.Entry<String, Entry> removed = Map.entry(e.getKey(), e.getValue());
                    transactions.onRollback(() -> entries.put(removed.getKey(), removed.getValue()));
                    forgotten++;
                }
            }
            return forgotten;
        });
    }

    @Override
    public int forgetMentioning(String text) {
        return transactions.write(() -> {
            int forgotten = 0;
            for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Entry> e = it.next();
                Optional<Outcome> outcome = e.getValue().outcome();
                if (outcome.isPresent() && (outcome.get().body().contains(text)
                        || outcome.get().location().filter(l -> l.contains(text)).isPresent())) {
                    it.remove();
                    Map.Entry<String, Entry> removed = Map.entry(e.getKey(), e.getValue());
                    transactions.onRollback(() -> entries.put(removed.getKey(), removed.getValue()));
                    forgotten++;
                }
            }
            return forgotten;
        });
    }
}
