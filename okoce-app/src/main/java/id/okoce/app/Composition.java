package id.okoce.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import id.okoce.adapter.http.HttpApi;
import id.okoce.application.OkoceCore;
import id.okoce.domain.access.Actor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every command runs on, made in one place by {@link OkoceModule}: the database (opened and
 * migrated), the core and, for the service, the HTTP API. Closing it stops the core's background
 * work and then the database.
 */
public final class Composition implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);

    private final Injector injector;
    private final DatabaseRuntime database;
    private final OkoceCore core;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Composition(Injector injector) {
        this.injector = injector;
        this.database = injector.getInstance(DatabaseRuntime.class);
        try {
            this.core = injector.getInstance(OkoceCore.class);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens the database (and migrates it) for {@code purpose}, and wires the core on it. */
    public static Composition open(Settings settings, OkoceModule.Purpose purpose) {
        return new Composition(Guice.createInjector(new OkoceModule(settings, purpose)));
    }

    /**
     * Brings the stored reference data up to date after the schema: the built-in financing
     * catalogue's products that are missing are added (a step of {@code migrate} and {@code serve}).
     */
    public void prepareDatabase() {
        int added = core().defineFinancingProduct().addBuiltInCatalogue(Actor.system());
        if (added > 0) {
            LOG.info("added {} built-in financing products", added);
        }
    }

    /** The core. */
    public OkoceCore core() {
        return core;
    }

    /** The database. */
    public DatabaseRuntime database() {
        return database;
    }

    /** The HTTP API (made on first request). */
    public HttpApi http() {
        return injector.getInstance(HttpApi.class);
    }

    /** The injector, for tests and tools that run beside the service. */
    public Injector injector() {
        return injector;
    }

    /** Stops the core's background work, then the database; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            core.close();
        } finally {
            database.close();
        }
    }
}
