package id.okoce.app.cli;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.crypto.KeyFileException;
import id.okoce.adapter.jdbc.crypto.KeyRing;
import id.okoce.adapter.jdbc.crypto.Resealer;
import id.okoce.app.Composition;
import id.okoce.app.OkoceModule;
import id.okoce.app.Settings;
import id.okoce.app.SettingsException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okoce keys init|rotate}: the key file that seals NIKs at rest. */
@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = {KeysCommand.Init.class, KeysCommand.Rotate.class},
        description = "Create or rotate the keys that seal NIKs at rest.")
public final class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The key file the settings name: --key-file, or the embedded data directory's. */
    static Path keyFile(Settings settings) {
        return settings.keyFile().orElse(settings.dataDir().resolve(EmbeddedDatabase.KEY_FILE));
    }

    /** {@code okoce keys init}. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create a new key file (owner-only) where --key-file names one; an existing file is never replaced.")
    public static final class Init implements Callable<Integer>, NeedsSettings {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path file = keyFile(SettingsOptions.resolve(spec, Environment.get()));
            try {
                KeyRing.generate().writeNew(file);
            } catch (FileAlreadyExistsException e) {
                throw new SettingsException("the key file " + file + " exists already; it is never replaced (its keys open "
                        + "the NIKs stored); rotate it with: okoce keys rotate");
            }
            spec.commandLine().getOut().println("created the key file " + file + " (owner-only); back it up with the database");
            return 0;
        }
    }

    /** {@code okoce keys rotate}. */
    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Add a new sealing key, re-seal every NIK under it in batches (the service may keep running on the same "
                    + "key file), then drop the older keys.")
    public static final class Rotate implements Callable<Integer>, NeedsSettings {

        @Spec
        CommandSpec spec;

        @Option(names = "--keep-old", description = "keep the older keys in the file (e.g. while a backup sealed under them is kept)")
        boolean keepOld;

        @Override
        public Integer call() throws SQLException, InterruptedException {
            Settings settings = SettingsOptions.resolve(spec, Environment.get());
            Path file = keyFile(settings);
            PrintWriter out = spec.commandLine().getOut();
            KeyRing rotated;
            try {
                rotated = KeyRing.read(file).rotated();
            } catch (KeyFileException e) {
                throw new SettingsException(e.getMessage());
            }
            // beside a service running on the embedded default, work on its server as a client
            Settings target = SettingsOptions.besideRunningService(settings);
            rotated.replace(file);
            out.println("key " + rotated.current() + " added to " + file + "; it seals every NIK from now on");
            out.flush();
            try (Composition composition = Composition.open(target, OkoceModule.Purpose.COMMAND)) {
                // a service on the same key file looks at it at least once a second before it seals: after this
                // wait, nothing is sealed under an older key any more, and one more pass finds what was
                Thread.sleep(2_000);
                Resealer resealer = new Resealer(composition.database().database().dataSource(), composition.database().vault());
                long total = 0;
                long left;
                do {
                    long before = total;
                    total += resealer.pass(done -> { });
                    out.println("re-sealed " + (total - before) + " NIKs under key " + rotated.current());
                    out.flush();
                    left = resealer.underOlderKeys();
                } while (left > 0);
                if (!keepOld) {
                    KeyRing.read(file).currentOnly().replace(file);
                    out.println("older keys removed from " + file + "; every NIK is sealed under key " + rotated.current());
                } else {
                    out.println("every NIK is sealed under key " + rotated.current() + "; the older keys stay in " + file);
                }
            }
            return 0;
        }
    }
}
