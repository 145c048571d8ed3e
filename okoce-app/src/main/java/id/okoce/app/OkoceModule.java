package id.okoce.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import id.okoce.adapter.http.HttpApi;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.system.HealthProbe;
import id.okoce.adapter.jdbc.DatabaseMonitor;
import id.okoce.adapter.csv.CsvMemberFileReader;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.out.OutboundPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Wires the service: the database and its adapters, the core, metrics and the HTTP API. */
public final class OkoceModule extends AbstractModule {

    private final Settings settings;
    private final HttpExtensions extensions;

    /** A module for these settings, with extra HTTP routes (none by default). */
    public OkoceModule(Settings settings, HttpExtensions extensions) {
        this.settings = settings;
        this.extensions = extensions;
    }

    @Provides
    @Singleton
    Settings settings() {
        return settings;
    }

    @Provides
    @Singleton
    DatabaseRuntime database(Settings s) {
        return DatabaseRuntime.openForService(s);
    }

    @Provides
    @Singleton
    OutboundPorts ports(DatabaseRuntime database) {
        return database.ports();
    }

    @Provides
    @Singleton
    OkoceCore core(OutboundPorts ports) {
        return OkoceCore.builder(ports).memberFiles(new CsvMemberFileReader()).rememberRequestsFor(settings.replayRetention()).build();
    }

    @Provides
    @Singleton
    Metrics metrics() {
        return new Metrics();
    }

    @Provides
    @Singleton
    HttpApi http(OkoceCore core, DatabaseRuntime database, Metrics metrics, Settings s) {
        HealthProbe health = () -> {
            DatabaseMonitor.State state = database.databaseState();
            // the token cache only saves work: while it cannot hear changes, tokens are read per request and the service stays UP
            Map<String, String> components = new LinkedHashMap<>();
            components.put("database", state.up() ? "UP" : "DOWN");
            state.reason().ifPresent(why -> components.put("databaseProblem", why));
            components.put("databaseSince", state.since().toString());
            components.put("databaseKind", database.embedded() ? "embedded" : "external");
            components.put("tokenCache", database.tokenCacheLive() ? "LISTENING" : "OFF");
            return new HealthProbe.Health(state.up(), components);
        };
        return HttpApi.create(core, new HttpApi.Options(health, metrics, metrics::scrape, extensions.routes(core, database),
                extensions.bigBodies(), s.stopTimeout(), Version.current(), uploads(), s.httpThreads(),
                () -> database.databaseState().up()));
    }

    /** Where uploaded import files wait for their job: a directory of the system's temporary space. */
    static Path uploads() {
        return Path.of(System.getProperty("java.io.tmpdir"), "okoce-uploads");
    }

    /** Routes added beside the core API (e.g. imports), given the core and the database. */
    public interface HttpExtensions {
        /** The extra routes. */
        List<ApiRoute> routes(OkoceCore core, DatabaseRuntime database);

        /** Path prefixes of extra routes that stream bodies over 1 MiB. */
        default Set<String> bigBodies() {
            return Set.of();
        }

        /** No extra routes. */
        static HttpExtensions none() {
            return (core, database) -> List.of();
        }
    }
}
