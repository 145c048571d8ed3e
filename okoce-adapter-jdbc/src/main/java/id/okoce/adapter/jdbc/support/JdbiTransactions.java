package id.okoce.adapter.jdbc.support;

import id.okoce.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on PostgreSQL: the work runs with a JDBI handle bound to the current thread, which
 * every repository call inside it uses; it commits when the work returns and rolls back when it
 * throws. Calls made outside a transaction get a handle of their own (auto-commit). A failure
 * that means the database is unavailable leaves as {@link id.okoce.application.port.out.StorageUnavailableException}.
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    /** Transactions over {@code jdbi}. */
    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        afterCommit.set(committed);
        T result;
        try {
            result = jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        } finally {
            afterCommit.remove();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the calling thread's transaction has committed (never if it rolls
     * back), or at once outside a transaction.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /**
     * Runs {@code call} on the current transaction's handle, or on a handle of its own; outside a
     * transaction, a failure that means the database is unavailable comes out as
     * {@link id.okoce.application.port.out.StorageUnavailableException} (inside one, the transaction
     * translates it as it rolls back).
     */
    public <T> T withHandle(Function<Handle, T> call) {
        Handle handle = current.get();
        if (handle != null) {
            return call.apply(handle);
        }
        try {
            return jdbi.withHandle(call::apply);
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        }
    }

    /** Whether the calling thread is inside a transaction. */
    public boolean inTransaction() {
        return current.get() != null;
    }
}
