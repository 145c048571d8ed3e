package id.okoce.adapter.jdbc;

import id.okoce.adapter.jdbc.support.DatabaseFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows, without waiting, whether the database answers: a background thread asks it a trivial
 * question every {@value #EVERY_MILLIS} ms on a connection of its own (bounded at
 * {@value #ANSWER_SECONDS} s), and the latest answer is kept. Two failed questions in a row make it
 * {@code DOWN}; one good answer makes it {@code UP} again. Health checks read the state at once,
 * and the HTTP API refuses requests with 503 while it is down instead of letting each of them wait
 * out its own time bound.
 */
public final class DatabaseMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMonitor.class);
    static final int EVERY_MILLIS = 500;
    static final int ANSWER_SECONDS = 1;
    private static final int FAILURES_FOR_DOWN = 2;

    /**
     * What the monitor last saw.
     *
     * @param up        whether the database answers
     * @param since     since when it is in this state
     * @param reason    why it is down (empty while up)
     * @param latency   how long the last good answer took
     */
    public record State(boolean up, Instant since, Optional<String> reason, Duration latency) {
    }

    /** Opens a connection for the monitor's questions. */
    @FunctionalInterface
    public interface Connector {
        /** A new connection whose every answer is bounded at {@code seconds}. */
        Connection connect(int seconds) throws SQLException;
    }

    private final Connector connector;
    private final Thread thread;
    private volatile State state;
    private volatile boolean closed;
    private Connection connection;
    private int failures;

    private DatabaseMonitor(Connector connector) {
        this.connector = connector;
        this.state = new State(true, Instant.now(), Optional.empty(), Duration.ZERO);
        this.thread = new Thread(this::run, "okoce-database-monitor");
        this.thread.setDaemon(true);
    }

    /** Watches {@code database}; close the monitor before the database. */
    public static DatabaseMonitor watching(PostgresDatabase database) {
        return watching(database::connectOutsidePool);
    }

    /** Watches through connections from {@code connector}. */
    public static DatabaseMonitor watching(Connector connector) {
        DatabaseMonitor monitor = new DatabaseMonitor(connector);
        monitor.check();
        monitor.thread.start();
        return monitor;
    }

    /** The latest state. */
    public State state() {
        return state;
    }

    /** Whether the database answers, as last seen. */
    public boolean up() {
        return state.up();
    }

    private void run() {
        while (!closed) {
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            check();
        }
    }

    private synchronized void check() {
        long start = System.nanoTime();
        try {
            if (connection == null || connection.isClosed()) {
                connection = connector.connect(ANSWER_SECONDS);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
            failures = 0;
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            if (!state.up()) {
                LOG.info("the database answers again (down for {} s)", Duration.between(state.since(), Instant.now()).toSeconds());
                state = new State(true, Instant.now(), Optional.empty(), latency);
            } else {
                state = new State(true, state.since(), Optional.empty(), latency);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            failures++;
            if (failures >= FAILURES_FOR_DOWN && state.up()) {
                String why = DatabaseFailures.why(e).orElse(e.getClass().getSimpleName());
                LOG.warn("the database does not answer ({}); requests are answered 503 until it does", why);
                state = new State(false, Instant.now(), Optional.of(why), state.latency());
            }
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken anyway
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            closeQuietly();
        }
    }
}
