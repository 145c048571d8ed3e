package id.okoce.application.memory;

import id.okoce.application.port.out.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory stores: one lock serialises them, and every write registers an
 * undo action that runs, newest first, if the work throws.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        lock.lock();
        Deque<Runnable> log = new ArrayDeque<>();
        undo.set(log);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            while (!log.isEmpty()) {
                log.pop().run();
            }
            throw failure;
        } finally {
            undo.remove();
            lock.unlock();
        }
    }

    /** Runs a write atomically: inside the caller's transaction, or in one of its own. */
    <T> T write(Supplier<T> change) {
        return inTransaction(change);
    }

    /** Registers how to undo the write just made, if the transaction rolls back. */
    void onRollback(Runnable action) {
        Deque<Runnable> log = undo.get();
        if (log == null) {
            throw new IllegalStateException("onRollback outside a write");
        }
        log.push(action);
    }
}
