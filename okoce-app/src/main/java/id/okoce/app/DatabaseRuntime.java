package id.okoce.app;

import id.okoce.adapter.jdbc.DatabaseConfig;
import id.okoce.adapter.jdbc.DatabaseMonitor;
import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.PostgresAdapters;
import id.okoce.adapter.jdbc.PostgresDatabase;
import id.okoce.adapter.jdbc.access.TokenCache;
import id.okoce.adapter.jdbc.crypto.KeyFileException;
import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.EventLog;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.port.out.WebhookStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database the service runs on: an external PostgreSQL when a URL is set, otherwise the
 * embedded one (durable) in the data directory; migrated on open, closed in order.
 */
public final class DatabaseRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRuntime.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final PostgresDatabase database;
    private final NikVault vault;
    private final Optional<TokenCache> tokenCache;
    private final DatabaseMonitor monitor;
    private final OutboundPorts ports;
    private final EventLog events;
    private final WebhookStore webhooks;
    private final DuplicateRegister duplicates;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DatabaseRuntime(Optional<EmbeddedDatabase> embedded, PostgresDatabase database, NikVault vault, boolean cacheTokens) {
        this.embedded = embedded;
        this.database = database;
        this.vault = vault;
        this.tokenCache = cacheTokens ? Optional.of(TokenCache.listening(database::connectOutsidePool)) : Optional.empty();
        this.ports = PostgresAdapters.create(database.dataSource(), vault, tokenCache);
        this.events = PostgresAdapters.events(database.dataSource());
        this.webhooks = PostgresAdapters.webhooks(database.dataSource());
        this.duplicates = PostgresAdapters.duplicates(ports, vault);
        tokenCache.ifPresent(DatabaseRuntime::awaitListener);
        this.monitor = DatabaseMonitor.watching(database);
    }

    private static void awaitListener(TokenCache cache) {
        try {
            if (!cache.awaitLive(Duration.ofSeconds(5))) {
                LOG.warn("token changes cannot be heard yet: every request reads its token from the database until they can");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Opens (and, for the embedded default, starts) the database and migrates it, for a command
     * that runs once: every token lookup reads the database.
     */
    public static DatabaseRuntime open(Settings settings) {
        return open(settings, false);
    }

    /**
     * Opens the database for the long-running service: as {@link #open(Settings)}; token lookups
     * are kept in memory while PostgreSQL announces every change to them (decision 0004); and the
     * embedded server, the service's own, is restarted whenever it dies.
     */
    public static DatabaseRuntime openForService(Settings settings) {
        DatabaseRuntime runtime = open(settings, true);
        runtime.embedded.ifPresent(EmbeddedDatabase::superviseRestarts);
        return runtime;
    }

    private static DatabaseRuntime open(Settings settings, boolean cacheTokens) {
        if (settings.dbUrl().isPresent()) {
            Path keyFile = settings.keyFile().orElseThrow(() -> new SettingsException("an external database (--db-url) needs "
                    + "--key-file, the file of keys that seal NIKs at rest; create one with: okoce keys init --key-file FILE"));
            NikVault vault = vault(keyFile);
            DatabaseConfig service = new DatabaseConfig(settings.dbUrl().get(), settings.dbUser(), settings.dbPassword(),
                    settings.dbPool(), settings.dbTimeout());
            DatabaseConfig owner = settings.dbOwnerUser().map(user -> new DatabaseConfig(settings.dbUrl().get(), user,
                    settings.dbOwnerPassword(), 1)).orElse(service);
            return migrated(Optional.empty(), owner, service, vault, cacheTokens);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDir(), settings.embeddedDbPort(),
                EmbeddedDatabase.Durability.DURABLE);
        try {
            NikVault vault = vault(settings.keyFile().orElse(embedded.keyFile()));
            return migrated(Optional.of(embedded), embedded.ownerConfig(1),
                    embedded.config(settings.dbPool()).withTimeout(settings.dbTimeout()), vault, cacheTokens);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static NikVault vault(Path keyFile) {
        try {
            return NikVault.watching(keyFile);
        } catch (KeyFileException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    /**
     * Opens the service's pool (failing fast, naming the setting at fault), migrates the schema as
     * {@code owner}, and gives the service's role its privileges.
     */
    private static DatabaseRuntime migrated(Optional<EmbeddedDatabase> embedded, DatabaseConfig owner, DatabaseConfig service,
                                            NikVault vault, boolean cacheTokens) {
        PostgresDatabase database = PostgresDatabase.open(service);
        try {
            PostgresDatabase.migrate(owner, vault, service.user());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new DatabaseRuntime(embedded, database, vault, cacheTokens);
    }

    /** The vault that seals and finds NIKs, following the key file. */
    public NikVault vault() {
        return vault;
    }

    /** The outbound ports on this database. */
    public OutboundPorts ports() {
        return ports;
    }

    /** The event feed on this database. */
    public EventLog events() {
        return events;
    }

    /** The webhook endpoints on this database. */
    public WebhookStore webhooks() {
        return webhooks;
    }

    /** The duplicate register, sharing the ports' transactions. */
    public DuplicateRegister duplicates() {
        return duplicates;
    }

    /** The pooled database. */
    public PostgresDatabase database() {
        return database;
    }

    /**
     * Whether token lookups are being kept in memory now (the service's listener hears changes);
     * false for commands that run once and while the listener reconnects.
     */
    public boolean tokenCacheLive() {
        return tokenCache.map(TokenCache::live).orElse(false);
    }

    /** Whether the database answers, as last seen (without waiting for it). */
    public DatabaseMonitor.State databaseState() {
        return monitor.state();
    }

    /** The embedded server, when the database is the embedded one. */
    public Optional<EmbeddedDatabase> embeddedServer() {
        return embedded;
    }

    /** Whether it runs embedded. */
    public boolean embedded() {
        return embedded.isPresent();
    }

    /** Closes the pool, then stops the embedded server cleanly. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        monitor.close();
        tokenCache.ifPresent(TokenCache::close);
        if (ports.reads() instanceof AutoCloseable reads) {
            try {
                reads.close();
            } catch (Exception e) {
                LOG.warn("the read records waiting could not all be stored: {}", e.getMessage());
            }
        }
        database.close();
        embedded.ifPresent(e -> {
            e.close();
            LOG.info("embedded PostgreSQL stopped");
        });
    }
}
