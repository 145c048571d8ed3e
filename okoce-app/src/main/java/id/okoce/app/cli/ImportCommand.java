package id.okoce.app.cli;

import id.okoce.adapter.csv.CsvErrorReport;
import id.okoce.application.port.out.ImportErrorReport;
import id.okoce.app.Composition;
import id.okoce.app.OkoceModule;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.imports.ImportMembersUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.importing.ImportCounts;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportListener;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.importing.ImportStatus;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okoce import members FILE.csv}: imports a member CSV with a progress bar and a summary. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import members from a CSV file (the README's format), directly on the database.")
public final class ImportCommand implements Callable<Integer>, NeedsSettings {

    /** Exit code when an all-or-nothing import was rolled back because of bad rows. */
    public static final int ROLLED_BACK = 3;
    /** The exit code of an import stopped on request (Ctrl-C, SIGTERM). */
    public static final int STOPPED = 130;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "what to import: members")
    String what;

    @Parameters(index = "1", paramLabel = "FILE", description = "the CSV file")
    Path file;

    @Option(names = "--mode", defaultValue = "per-row", paramLabel = "MODE",
            description = "per-row (good rows in, bad rows reported), all-or-nothing, or validate-only (dry run); default per-row")
    String mode;

    @Option(names = "--errors", paramLabel = "FILE", description = "where to write the refused rows (default FILE.errors.csv)")
    Path errorsFile;

    @Option(names = "--partner", paramLabel = "ID", description = "import as this validated partner: only rows of its province are accepted")
    String partner;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        if (!"members".equals(what)) {
            throw new IllegalArgumentException("only 'members' can be imported");
        }
        ImportMode importMode = ImportMode.parse(mode);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        Path errors = errorsFile != null ? errorsFile : errorsBeside(file);
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean stopRequested = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        Thread onStop = new Thread(() -> {
            stopRequested.set(true);
            try {
                ended.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "okoce-import-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try (Composition composition = Composition.open(SettingsOptions.resolve(spec, Environment.get()), OkoceModule.Purpose.COMMAND)) {
            OkoceCore core = composition.core();
            Actor actor = partner == null ? Actor.system() : asPartner(core, PartnerId.parse(partner));
            Instant started = Instant.now();
            ImportJob job;
            try (OutputStream errorStream = Files.newOutputStream(errors); ImportErrorReport.Writer errorCsv = new CsvErrorReport().open(errorStream);
                 ProgressBar bar = progress()) {
                ImportListener listener = new ImportListener() {
                    @Override
                    public void progress(ImportCounts counts) {
                        if (bar != null) {
                            bar.stepTo(counts.rows());
                            bar.setExtraMessage(counts.refused() + " refused");
                        }
                    }

                    @Override
                    public synchronized void rejected(RowError error) {
                        errorCsv.write(error);
                    }

                    @Override
                    public boolean stopRequested() {
                        return stopRequested.get();
                    }
                };
                job = core.importMembers().run(new ImportMembersUseCase.ImportCommand(actor, ImportJobId.random(), importMode, file,
                        file.getFileName().toString(), listener, Origin.command("okoce import")));
            }
            summary(out, job, Duration.between(started, Instant.now()), errors);
            return job.status() == ImportStatus.ROLLED_BACK ? ROLLED_BACK : job.status() == ImportStatus.STOPPED ? STOPPED : 0;
        } finally {
            out.flush();
            ended.countDown();
            if (!stopRequested.get()) {
                Runtime.getRuntime().removeShutdownHook(onStop);
            }
        }
    }

    /** The progress bar, sized by a count of the file's lines (a read of the file that only the bar needs). */
    private ProgressBar progress() throws IOException {
        if (noProgress) {
            return null;
        }
        long dataRows = Math.max(0, lines(file) - 1);
        return new ProgressBarBuilder().setTaskName("Importing").setInitialMax(dataRows).setUnit(" rows", 1).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
    }

    private static Actor asPartner(OkoceCore core, PartnerId id) {
        Partner found = core.readPartners().get(Actor.system(), id);
        if (!found.mayUseOkOceName()) {
            throw new IllegalArgumentException("partner " + id + " is " + found.status() + "; only a VALIDATED partner may import");
        }
        return new Actor.PartnerActor(found.id(), found.area(), java.util.Optional.empty());
    }

    private static long lines(Path file) throws IOException {
        long count = 0;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? count : count + 1;
    }

    /** Where the refused rows of {@code file} go by default: {@code members.csv} → {@code members.errors.csv}. */
    static Path errorsBeside(Path file) {
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + ".errors.csv");
    }

    private static void summary(PrintWriter out, ImportJob job, Duration took, Path errors) {
        ImportCounts c = job.counts();
        double seconds = Math.max(0.001, took.toMillis() / 1000.0);
        out.printf(Locale.ROOT, "%s (%s): %d rows in %.1f s, %.0f rows/s%n", job.status(), job.mode().label(), c.rows(), seconds,
                c.rows() / seconds);
        out.printf(Locale.ROOT, "  inserted %d, already present %d, refused %d (invalid %d, duplicate NIK %d)%n", c.inserted(),
                c.alreadyImported(), c.refused(), c.invalid(), c.duplicates());
        if (job.status() == ImportStatus.ROLLED_BACK) {
            out.printf(Locale.ROOT, "  nothing was written: %d rows would have gone in without the refused ones%n", c.accepted());
        }
        if (job.status() == ImportStatus.STOPPED) {
            out.printf(Locale.ROOT, "  stopped on request: %s%n", job.mode() == ImportMode.PER_ROW
                    ? c.inserted() + " members were committed in whole batches; a rerun of the same file skips them"
                    : "nothing was written");
        }
        if (job.status() == ImportStatus.VALIDATED) {
            out.printf(Locale.ROOT, "  dry run, nothing was written: %d rows would go in%n", c.accepted());
        }
        out.println("  refused rows: " + (c.refused() == 0 ? "none" : errors.toString()));
        if (c.inserted() > 0) {
            // a bulk load is not compared row by row; over HTTP an import job compares what it wrote by itself
            out.println("  possible duplicates: not compared here; run 'okoce duplicates scan' to open them for review");
        }
        out.flush();
    }
}
