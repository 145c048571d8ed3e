package id.okoce.adapter.jdbc;

import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.application.port.out.OutboundPorts;

/**
 * One throwaway embedded PostgreSQL per test JVM (fast settings: fsync off; deleted when the JVM ends), migrated once, with
 * one set of adapters that every PostgreSQL test shares. The contracts never assume empty tables.
 */
public final class TestDatabase {

    private static final TestDatabase INSTANCE = new TestDatabase("okoce-test-pg");

    private final EmbeddedDatabase embedded;
    private final PostgresDatabase database;
    private final OutboundPorts ports;
    private final NikVault vault;

    private TestDatabase(String prefix) {
        embedded = EmbeddedDatabase.startThrowaway(prefix, EmbeddedDatabase.Durability.FAST);
        vault = NikVault.watching(embedded.keyFile());
        PostgresDatabase.migrate(embedded.ownerConfig(1), vault, EmbeddedDatabase.SERVICE_ROLE);
        database = PostgresDatabase.open(embedded.config(24));
        ports = PostgresAdapters.create(database.dataSource(), vault);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            embedded.close();
        }, "test-postgres-stop"));
    }

    /**
     * A database of its own, for a test that reads whole tables (a scan of the register) and must not
     * meet what the other tests leave in the shared one.
     */
    public static TestDatabase own() {
        return new TestDatabase("okoce-test-own-pg");
    }

    /** The shared database. */
    public static TestDatabase get() {
        return INSTANCE;
    }

    /** The adapters on it. */
    public OutboundPorts ports() {
        return ports;
    }

    /** The vault the adapters keep NIKs with (the embedded data directory's key file). */
    public NikVault vault() {
        return vault;
    }

    /** The pooled database, connected as the service role (no DDL, no rewriting of the records). */
    public PostgresDatabase database() {
        return database;
    }

    /** The embedded server. */
    public EmbeddedDatabase embedded() {
        return embedded;
    }
}
