package id.okoce.app.cli;

import id.okoce.app.OkoceService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okoce serve}: runs the service until SIGTERM or Ctrl-C, then stops gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the OK OCE service: the REST API on an embedded PostgreSQL (or OKOCE_DB_URL).")
public final class ServeCommand implements Callable<Integer>, NeedsSettings {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        OkoceService service = OkoceService.start(SettingsOptions.resolve(spec, Environment.get()), spec.commandLine().getOut());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "okoce-stop"));
        service.awaitStop();
        return 0;
    }
}
