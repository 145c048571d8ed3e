package id.okoce.app;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import id.okoce.adapter.jdbc.DatabaseUnavailableException;
import id.okoce.app.cli.DuplicatesCommand;
import id.okoce.app.cli.GenerateCommand;
import id.okoce.app.cli.ImportCommand;
import id.okoce.app.cli.KeysCommand;
import id.okoce.app.cli.MigrateCommand;
import id.okoce.app.cli.NeedsSettings;
import id.okoce.app.cli.RetentionCommand;
import id.okoce.app.cli.ServeCommand;
import id.okoce.app.cli.SettingsOptions;
import id.okoce.app.cli.TokenCommand;
import id.okoce.domain.shared.DomainException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code okoce} command line. */
@Command(name = "okoce", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        subcommands = {ServeCommand.class, MigrateCommand.class, TokenCommand.class, ImportCommand.class, GenerateCommand.class,
            KeysCommand.class, RetentionCommand.class, DuplicatesCommand.class},
        description = "OK OCE Network: the entrepreneurship network's service and tools.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, null, null));
    }

    /**
     * Runs a command with the given outputs (null: the process's own); returns its exit code.
     * Refusals and bad settings are printed as one line on {@code err}, never as a stack trace.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        withSettings(cli);
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        cli.setExecutionExceptionHandler((thrown, commandLine, parsed) -> {
            Exception e = unwrapped(thrown);
            String message = e instanceof SettingsException || e instanceof DatabaseUnavailableException || e instanceof DomainException
                    || e instanceof IllegalArgumentException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            commandLine.getErr().println("okoce: " + message);
            commandLine.getErr().flush();
            return 2;
        });
        return cli.execute(args);
    }

    /** Gives every command that reads the settings one option per setting (declared once, in {@link Settings#KEYS}). */
    static void withSettings(CommandLine command) {
        if (command.getCommand() instanceof NeedsSettings) {
            command.addMixin(SettingsOptions.MIXIN_NAME, SettingsOptions.mixin());
        }
        command.getSubcommands().values().forEach(Main::withSettings);
    }

    /** The failure behind Guice's wrapping of a failed start (its message is pages of context). */
    static Exception unwrapped(Exception e) {
        Throwable cause = e;
        while ((cause instanceof ProvisionException || cause instanceof CreationException) && cause.getCause() instanceof Exception) {
            cause = cause.getCause();
        }
        return cause instanceof Exception inner ? inner : e;
    }

    /** The version from the jar's manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"okoce " + Version.current()};
        }
    }
}
