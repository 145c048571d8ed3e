package id.okoce.app.cli;

import id.okoce.app.Composition;
import id.okoce.app.OkoceModule;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.access.IssuedToken;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerId;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okoce token create|revoke}: manage bearer tokens directly on the database (stop the embedded service first). */
@Command(name = "token", mixinStandardHelpOptions = true, subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class},
        description = "Create or revoke API tokens directly on the database.")
public final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code okoce token create}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print its secret alone on the last line (it is not stored, only its hash).")
    public static final class Create implements Callable<Integer>, NeedsSettings {

        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "HUB_ADMIN, PARTNER or BANK")
        String role;

        @Option(names = "--partner", paramLabel = "ID", description = "the validated partner a PARTNER token acts for")
        String partner;

        @Option(names = "--bank", paramLabel = "NAME", description = "the bank a BANK token acts for, as named on its products")
        String bank;

        @Override
        public Integer call() {
            try (Composition composition = Composition.open(SettingsOptions.resolve(spec, Environment.get()), OkoceModule.Purpose.COMMAND)) {
                OkoceCore core = composition.core();
                Optional<PartnerId> partnerId = Optional.ofNullable(partner).map(PartnerId::parse);
                IssuedToken issued = core.manageTokens().issue(Actor.system(), Role.parse(role), partnerId, Optional.ofNullable(bank));
                PrintWriter out = spec.commandLine().getOut();
                out.println("created " + issued.token().role() + " token " + issued.token().id() + "; its secret follows and is not shown again:");
                out.println(issued.secret());
                out.flush();
            }
            return 0;
        }
    }

    /** {@code okoce token revoke}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    public static final class Revoke implements Callable<Integer>, NeedsSettings {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "the token's id (not its secret)")
        String id;

        @Override
        public Integer call() {
            try (Composition composition = Composition.open(SettingsOptions.resolve(spec, Environment.get()), OkoceModule.Purpose.COMMAND)) {
                composition.core().manageTokens().revoke(Actor.system(), TokenId.parse(id));
                spec.commandLine().getOut().println("revoked token " + id);
            }
            return 0;
        }
    }
}
