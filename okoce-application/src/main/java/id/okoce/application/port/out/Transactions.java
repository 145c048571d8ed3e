package id.okoce.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository write made inside {@link #inTransaction} is committed
 * together when the work returns, or rolled back together when it throws (the exception is
 * rethrown unchanged). A call made inside another joins it. Reads inside see the writes made
 * before them in the same transaction; other threads see none of them before the commit.
 *
 * <p>Work runs on the calling thread, and a transaction belongs to that thread: adapters find the
 * current one through it (a thread-bound connection, a thread-local draft). Transactions of
 * different threads run at once or one after another, as the store can; the core needs only that
 * each is all or nothing and that a write conflicting with a concurrent one fails
 * ({@link StaleVersionException}, {@link DuplicateNikException}) rather than overwrites.
 *
 * <p>A store without transactions of its own can meet this by giving each transaction a private
 * copy (or a log of changes) under one lock and publishing it whole when the work returns; see the
 * sample fork, {@code example.fork} in the test sources, and {@link MemberImportStore} for imports,
 * which span several calls and threads.
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
