package id.okoce.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import id.okoce.adapter.csv.CsvErrorReport;
import id.okoce.adapter.csv.CsvMemberFileReader;
import id.okoce.adapter.http.HttpApi;
import id.okoce.adapter.http.api.RequestOrigins;
import id.okoce.adapter.http.system.HealthProbe;
import id.okoce.adapter.jdbc.DatabaseMonitor;
import id.okoce.app.webhook.AddressGuard;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.EndpointGuard;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.audit.Origin;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one wiring of every command: the database and its adapters, the core with the CSV format,
 * metrics and the HTTP API (made only when asked for, i.e. by {@code serve}).
 */
public final class OkoceModule extends AbstractModule {

    /** How the process uses the database. */
    public enum Purpose {
        /** The long-running service: token lookups kept in memory, the embedded server restarted when it dies. */
        SERVICE,
        /** A command that runs once (migrate, token, import). */
        COMMAND
    }

    private final Settings settings;
    private final Purpose purpose;

    /** A module for these settings and purpose. */
    public OkoceModule(Settings settings, Purpose purpose) {
        this.settings = settings;
        this.purpose = purpose;
    }

    @Provides
    @Singleton
    Settings settings() {
        return settings;
    }

    @Provides
    @Singleton
    DatabaseRuntime database(Settings s) {
        return purpose == Purpose.SERVICE ? DatabaseRuntime.openForService(s) : DatabaseRuntime.open(s);
    }

    @Provides
    @Singleton
    OutboundPorts ports(DatabaseRuntime database, Settings s) {
        return s.readRecords() ? database.ports() : database.ports().withReadRecords(ReadsNotRecorded.INSTANCE);
    }

    @Provides
    @Singleton
    OkoceCore core(OutboundPorts ports, DatabaseRuntime database, EndpointGuard guard, Settings s) {
        OkoceCore.Builder builder = OkoceCore.builder(ports).events(database.events())
                .webhooks(database.webhooks(), guard).memberFiles(new CsvMemberFileReader()).errorReport(new CsvErrorReport())
                .duplicates(s.duplicateCheck() ? database.duplicates() : DuplicateRegister.NONE)
                .rememberRequestsFor(s.replayRetention())
                .origin(purpose == Purpose.SERVICE ? RequestOrigins::current : () -> Origin.command("okoce command line"));
        s.retention().ifPresent(builder::retention);
        return builder.target(s.target()).build();
    }

    /** Which addresses webhook endpoints may have: checked at registration and before every delivery. */
    @Provides
    @Singleton
    EndpointGuard endpointGuard(Settings s) {
        return new AddressGuard(s.webhooks().allowPrivate());
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
        return HttpApi.create(HttpApi.UseCases.from(core), new HttpApi.Options(health, metrics, metrics::scrape, s.stopTimeout(), Version.current(),
                uploads(), s.httpThreads(), () -> database.databaseState().up()));
    }

    /** Where uploaded import files wait for their job: a directory of the system's temporary space. */
    static Path uploads() {
        return Path.of(System.getProperty("java.io.tmpdir"), "okoce-uploads");
    }
}
