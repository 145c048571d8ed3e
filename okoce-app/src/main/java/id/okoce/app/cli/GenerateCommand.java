package id.okoce.app.cli;

import id.okoce.adapter.csv.CsvWriting;
import id.okoce.app.generate.MemberGenerator;
import id.okoce.application.OkoceCore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okoce generate members}: reproducible synthetic members in the import CSV format. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate synthetic data.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "what to generate: members")
    String what;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many rows")
    long count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed: the same seed gives the same file (default 1)")
    long seed;

    @Option(names = "--national", description = "spread members over all provinces (by number of kecamatan) instead of the 2018 shape")
    boolean national;

    @Option(names = "--bad-share", defaultValue = "0", paramLabel = "F",
            description = "share of deliberately bad rows of every kind, 0–1 (default 0)")
    double badShare;

    @Option(names = "--stages-outside-hub", description = "let members outside DKI Jakarta reach P2 and beyond "
            + "(valid only where agreements deliver the stages)")
    boolean stagesOutsideHub;

    @Option(names = "--duplicate-share", defaultValue = "0", paramLabel = "F",
            description = "share of rows followed by a labelled duplicate of the same person (another NIK serial, area or a typo; "
                    + "maybe a changed name, a new phone, a move), 0–1 (default 0); the true pairs go to --true-pairs")
    double duplicateShare;

    @Option(names = "--true-pairs", paramLabel = "FILE", description = "write the labelled duplicates' file lines here (CSV)")
    Path truePairs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!"members".equals(what)) {
            throw new IllegalArgumentException("only 'members' can be generated");
        }
        if (count < 0 || badShare < 0 || badShare > 1 || duplicateShare < 0 || duplicateShare > 1) {
            throw new IllegalArgumentException("--count must be 0 or more, --bad-share and --duplicate-share 0–1");
        }
        MemberGenerator generator = new MemberGenerator(new MemberGenerator.Options(count, seed, national, badShare, stagesOutsideHub,
                duplicateShare), LocalDate.now(OkoceCore.JAKARTA));
        try (Writer pairs = truePairs == null ? null : Files.newBufferedWriter(truePairs, StandardCharsets.UTF_8)) {
            if (output != null) {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8),
                        1 << 16); CsvWriting csv = CsvWriting.members(out)) {
                    generator.write(csv, pairs);
                }
            } else {
                CsvWriting csv = CsvWriting.members(spec.commandLine().getOut());
                generator.write(csv, pairs);
            }
        }
        return 0;
    }
}
