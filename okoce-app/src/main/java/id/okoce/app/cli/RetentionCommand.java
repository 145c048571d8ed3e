package id.okoce.app.cli;

import id.okoce.app.Composition;
import id.okoce.app.OkoceModule;
import id.okoce.app.Settings;
import id.okoce.application.port.in.member.ApplyRetentionUseCase.RetentionReport;
import id.okoce.domain.access.Actor;
import id.okoce.domain.region.ProvinceCode;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okoce retention run [--dry-run]}: erase the members past the retention period (UU PDP), or count them. */
@Command(name = "retention", mixinStandardHelpOptions = true, subcommands = RetentionCommand.Run.class,
        description = "Keep members' data no longer than the retention period (--retention-days).")
public final class RetentionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code okoce retention run}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Erase every member with no activity for the retention period, as an erasure on request does; the running "
                    + "service does the same once a day.")
    public static final class Run implements Callable<Integer>, NeedsSettings {

        @Spec
        CommandSpec spec;

        @Option(names = "--dry-run", description = "count the members past retention, per province, and erase nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Settings settings = SettingsOptions.besideRunningService(SettingsOptions.resolve(spec, Environment.get()));
            try (Composition composition = Composition.open(settings, OkoceModule.Purpose.COMMAND)) {
                RetentionReport report = composition.core().applyRetention().apply(Actor.system(), dryRun);
                print(out, report, dryRun);
            }
            return 0;
        }
    }

    /** What a run found and did, in lines people read. */
    public static void print(PrintWriter out, RetentionReport report, boolean dryRun) {
        if (report.period().isEmpty()) {
            out.println("retention is off (set --retention-days): no member is erased for inactivity");
            out.flush();
            return;
        }
        out.println((dryRun ? "dry run: " : "") + report.found() + " members with no activity since " + report.cutoff().orElseThrow()
                + " (retention " + report.period().get().getDays() + " days)");
        report.byProvince().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(ProvinceCode::value)))
                .forEach(e -> out.println("  " + e.getKey().value() + " " + e.getKey().province().name() + ": " + e.getValue()));
        out.println(dryRun ? "nothing erased" : report.erased() + " erased");
        out.flush();
    }
}
