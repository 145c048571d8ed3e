package id.okoce.app.cli;

import id.okoce.app.Composition;
import id.okoce.app.OkoceModule;
import id.okoce.app.Settings;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase.ScanReport;
import id.okoce.domain.access.Actor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okoce duplicates scan}: compare the whole register with itself and open every possible duplicate for review. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, subcommands = DuplicatesCommand.Scan.class,
        description = "Find the same person registered twice.")
public final class DuplicatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code okoce duplicates scan}. */
    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Compare every member with those sharing their phone, their folded name, or their birth date and sex in "
                    + "their kabupaten/kota, and "
                    + "open each pair at or above the review threshold (GET /api/v1/duplicates); pairs already resolved stay resolved.")
    public static final class Scan implements Callable<Integer>, NeedsSettings {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Settings settings = SettingsOptions.besideRunningService(SettingsOptions.resolve(spec, Environment.get()));
            try (Composition composition = Composition.open(settings, OkoceModule.Purpose.COMMAND)) {
                ScanReport report = composition.core().scanDuplicates().scan(Actor.system());
                out.printf("compared %,d pairs in blocks holding %,d members in %.1f s%n", report.compared(), report.members(),
                        report.took().toMillis() / 1000.0);
                out.printf("%,d possible duplicates (%,d likely), %,d of them new%n", report.found(), report.likely(), report.opened());
                if (report.oversized() > 0) {
                    out.printf("%,d blocks of more than 1,000 members sharing a phone or a birth date were left out%n",
                            report.oversized());
                }
                out.flush();
            }
            return 0;
        }
    }
}
