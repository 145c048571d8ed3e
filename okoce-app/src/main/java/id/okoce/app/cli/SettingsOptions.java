package id.okoce.app.cli;

import id.okoce.app.Settings;
import id.okoce.adapter.jdbc.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every command that touches the database shares, made from {@link Settings#KEYS}
 * (so a setting is declared in one place), and their layering: a flag given, else the
 * environment, else the properties file, else the default.
 */
public final class SettingsOptions {

    /** The name of the settings mixin on a command. */
    public static final String MIXIN_NAME = "settings";

    private SettingsOptions() {
    }

    /** A mixin with one option per setting, and {@code --config}. */
    public static CommandSpec mixin() {
        CommandSpec mixin = CommandSpec.create();
        for (Settings.Key key : Settings.KEYS) {
            mixin.addOption(OptionSpec.builder(key.flag()).paramLabel(key.paramLabel()).type(String.class)
                    .description(key.help().replace("%", "%%")).build());
        }
        mixin.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
                .description("a properties file of settings (env OKOCE_CONFIG, default ./okoce.properties when present)").build());
        return mixin;
    }

    /** The settings of a command carrying the mixin: flags first, then the environment, then the file, then the defaults. */
    public static Settings resolve(CommandSpec command, Map<String, String> env) {
        Map<String, String> flags = new HashMap<>();
        for (Settings.Key key : Settings.KEYS) {
            flags.put(key.flag(), command.findOption(key.flag()).getValue());
        }
        Path config = command.findOption("--config").getValue();
        return Settings.load(flags, env, Optional.ofNullable(config));
    }

    /**
     * The settings a command that works beside a running service uses: when the service runs on
     * the embedded default's data directory, the command connects to that server as a client (the
     * data directory is the service's); otherwise the settings as they are.
     */
    public static Settings besideRunningService(Settings settings) {
        if (settings.dbUrl().isPresent()) {
            return settings;
        }
        Path keyFile = settings.keyFile().orElse(settings.dataDir().resolve(EmbeddedDatabase.KEY_FILE));
        return EmbeddedDatabase.runningOn(settings.dataDir(), 2)
                .map(db -> settings.onDatabase(db.url(), db.user(), db.password(), keyFile)).orElse(settings);
    }
}
