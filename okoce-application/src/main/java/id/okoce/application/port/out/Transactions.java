package id.okoce.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository write made inside {@link #inTransaction} is committed
 * together when the work returns, or rolled back together when it throws (the exception is
 * rethrown unchanged). A call made inside another joins it. Reads inside see the writes made
 * before them in the same transaction.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction and returns its result. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
