package id.okoce.app.cli;

import id.okoce.app.Composition;
import id.okoce.app.OkoceModule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okoce migrate}: brings the database schema up to date, then exits. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Bring the database schema up to date (the service also does this on start).")
public final class MigrateCommand implements Callable<Integer>, NeedsSettings {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Composition composition = Composition.open(SettingsOptions.resolve(spec, Environment.get()), OkoceModule.Purpose.COMMAND)) {
            composition.prepareDatabase();
            spec.commandLine().getOut().println("schema at version " + composition.database().database().schemaVersion().orElse("none"));
        }
        return 0;
    }
}
