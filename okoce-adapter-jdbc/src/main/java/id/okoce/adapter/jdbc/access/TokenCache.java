package id.okoce.adapter.jdbc.access;

import id.okoce.domain.access.ApiToken;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token lookups kept in memory, but only while PostgreSQL can tell this process about every change
 * to {@code api_tokens}: a dedicated connection listens on {@code okoce_api_tokens} (announced by
 * a trigger when a change commits, wherever it comes from — this service, another instance, the
 * command line) and every announcement empties the cache. Without a live listener the cache holds
 * nothing and every lookup goes to the database, so a lost connection can never leave a revoked
 * token usable.
 *
 * <p>Only tokens that exist are kept (an unknown secret always reaches the database, so guessing
 * cannot fill memory); at most {@value #MAX_ENTRIES} of them, each for at most
 * {@link #TIME_TO_LIVE}. A lookup that was reading the database while a change was announced does
 * not store what it read.
 */
public final class TokenCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCache.class);

    /** The channel the {@code api_tokens_changed} trigger announces on. */
    static final String CHANNEL = "okoce_api_tokens";
    /** The most tokens held. */
    static final int MAX_ENTRIES = 10_000;
    /** How long a token is held even if no change is announced. */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    /** How often the listener proves its connection alive when nothing is announced. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration RETRY = Duration.ofSeconds(1);

    /** Opens a connection outside the pool (the listener keeps it for as long as it lives). */
    @FunctionalInterface
    public interface Connector {
        /** A new connection to the database. */
        Connection connect() throws SQLException;
    }

    private record Entry(ApiToken token, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final Connector connector;
    private final Thread listener;
    private long generation;
    private volatile boolean live;
    private volatile boolean closed;
    private boolean unheard;
    private volatile Connection listening;

    private TokenCache(Connector connector) {
        this.connector = connector;
        this.listener = new Thread(this::listen, "okoce-token-listener");
        listener.setDaemon(true);
    }

    /**
     * Starts listening through connections from {@code connector}; the cache serves lookups once
     * the first {@code LISTEN} is in place.
     */
    public static TokenCache listening(Connector connector) {
        TokenCache cache = new TokenCache(connector);
        cache.listener.start();
        return cache;
    }

    /** Waits up to {@code timeout} for the listener to be in place; returns whether it is. */
    public boolean awaitLive(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!live && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return live;
    }

    /** Whether lookups are being kept (the listener is connected). */
    public boolean live() {
        return live;
    }

    /** The token for {@code secretHash}: from memory when held, otherwise from {@code load}, then held. */
    Optional<ApiToken> find(String secretHash, Function<String, Optional<ApiToken>> load) {
        if (!live) {
            return load.apply(secretHash);
        }
        Entry held = entries.get(secretHash);
        if (held != null && held.expiresAtNanos() - System.nanoTime() > 0) {
            return Optional.of(held.token());
        }
        long before;
        synchronized (lock) {
            before = generation;
        }
        Optional<ApiToken> found = load.apply(secretHash);
        found.ifPresent(token -> {
            synchronized (lock) {
                if (live && generation == before && (entries.size() < MAX_ENTRIES || entries.containsKey(secretHash))) {
                    entries.put(secretHash, new Entry(token, System.nanoTime() + TIME_TO_LIVE.toNanos()));
                }
            }
        });
        return found;
    }

    /** Forgets every token held, and anything a lookup in flight has read. */
    void forget() {
        synchronized (lock) {
            generation++;
            entries.clear();
        }
    }

    private void setLive(boolean now) {
        synchronized (lock) {
            live = now;
            forget();
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = connector.connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                setLive(true);
                if (unheard) {
                    LOG.info("token changes are heard again; token lookups are kept in memory");
                    unheard = false;
                }
                long lastHeartbeat = System.nanoTime();
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications((int) HEARTBEAT.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        forget();
                    }
                    if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SELECT 1");
                        }
                        lastHeartbeat = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                setLive(false);
                if (!closed) {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
                    if (!unheard) {
                        LOG.warn("token changes cannot be heard ({}); tokens are read from the database until the listener reconnects",
                                why);
                        unheard = true;
                    } else {
                        LOG.debug("the token listener still cannot connect ({})", why);
                    }
                    pause();
                }
            } finally {
                setLive(false);
                listening = null;
            }
        }
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening and forgets everything; lookups go to the database from now on. */
    @Override
    public void close() {
        closed = true;
        setLive(false);
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the token listener", e);
            }
        }
        listener.interrupt();
        try {
            listener.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
