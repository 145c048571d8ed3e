package id.okoce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads CPU profiles in the collapsed-stack format (one line per distinct stack, frames joined by
 * {@code ;}, then the sample count — what async-profiler writes for a {@code .collapsed} file) and
 * says where the time went: the share of samples in each part of the service a request goes
 * through, the frames that burn the CPU themselves, and the service's own methods. Used by
 * {@code bench/profile}.
 *
 * <p>Parts overlap (a database call includes its socket writes); each share is the fraction of all
 * samples whose stack passes through that part.
 */
public final class ProfileSummary {

    /** A part of the service, recognised by its frames. */
    record Part(String name, Predicate<String> frame) {
    }

    /** The parts a request goes through, in the order the summary lists them. */
    static final List<Part> PARTS = List.of(
            new Part("database calls (HikariCP, JDBI, PostgreSQL driver)",
                    f -> f.startsWith("com/zaxxer/hikari/") || f.startsWith("org/jdbi/") || f.startsWith("org/postgresql/")),
            new Part("  of which the bearer-token lookup", f -> f.startsWith("id/okoce/adapter/jdbc/access/JdbcTokenRepository.")),
            new Part("  of which members (read and write)", f -> f.startsWith("id/okoce/adapter/jdbc/member/")),
            new Part("  of which the driver's round trips (send, wait, read)",
                    f -> f.startsWith("org/postgresql/core/v3/QueryExecutorImpl.execute")),
            new Part("  of which taking and returning pooled connections",
                    f -> f.startsWith("com/zaxxer/hikari/HikariDataSource.getConnection")
                            || f.startsWith("com/zaxxer/hikari/pool/ProxyConnection.close")),
            new Part("socket writes (system calls)", f -> f.startsWith("sun/nio/ch/SocketDispatcher.write")),
            new Part("  of which to PostgreSQL", f -> f.startsWith("org/postgresql/core/PGStream.flush")),
            new Part("  of which to HTTP clients", f -> f.startsWith("sun/nio/ch/SocketChannelImpl.write")),
            new Part("JSON (Jackson)", f -> f.startsWith("com/fasterxml/jackson/")),
            new Part("request log (Logback)", f -> f.startsWith("ch/qos/logback/")),
            new Part("metrics (Micrometer)", f -> f.startsWith("io/micrometer/")),
            new Part("domain rules (id.okoce.domain)", f -> f.startsWith("id/okoce/domain/")),
            new Part("JIT compiler threads", f -> f.startsWith("CompileBroker::")),
            new Part("garbage collector", f -> f.startsWith("G1") || f.startsWith("GCTaskThread")));

    /** One distinct stack, root first, and its samples. */
    private record Stack(String[] frames, long samples) {
        String top() {
            return frames[frames.length - 1];
        }
    }

    private final List<Stack> stacks;

    private ProfileSummary(Map<String, Long> samplesByStack) {
        this.stacks = samplesByStack.entrySet().stream().map(e -> new Stack(e.getKey().split(";"), e.getValue())).toList();
    }

    /** {@code ProfileSummary FILE.collapsed...}: prints the summary of all the files together. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ProfileSummary FILE.collapsed...");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        for (String file : args) {
            lines.addAll(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
        }
        System.out.print(parse(lines).text());
    }

    /** Reads collapsed stacks; blank lines are skipped, a line without a count is refused. */
    static ProfileSummary parse(List<String> lines) {
        Map<String, Long> stacks = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("not a collapsed stack (no sample count): " + line);
            }
            stacks.merge(line.substring(0, space), Long.parseLong(line.substring(space + 1).strip()), Long::sum);
        }
        return new ProfileSummary(stacks);
    }

    long total() {
        return stacks.stream().mapToLong(Stack::samples).sum();
    }

    /** The share (0–1) of samples whose stack has a frame of {@code part}. */
    double share(Part part) {
        long total = total();
        if (total == 0) {
            return 0;
        }
        long in = 0;
        for (Stack stack : stacks) {
            if (Arrays.stream(stack.frames()).anyMatch(part.frame())) {
                in += stack.samples();
            }
        }
        return (double) in / total;
    }

    /** The {@code limit} frames with the most samples of their own (the top of the stack). */
    Map<String, Long> topSelf(int limit) {
        Map<String, Long> self = new HashMap<>();
        stacks.forEach(stack -> self.merge(stack.top(), stack.samples(), Long::sum));
        return top(self, limit);
    }

    /** The service's own methods ({@code id/okoce/…}) with the most samples in or under them. */
    Map<String, Long> topOwnInclusive(int limit) {
        Map<String, Long> inclusive = new HashMap<>();
        for (Stack stack : stacks) {
            Set<String> seen = new HashSet<>();
            for (String frame : stack.frames()) {
                if (frame.startsWith("id/okoce/") && seen.add(frame)) {
                    inclusive.merge(frame, stack.samples(), Long::sum);
                }
            }
        }
        return top(inclusive, limit);
    }

    /** The summary as text. */
    String text() {
        long total = total();
        StringBuilder out = new StringBuilder();
        out.append(BenchReport.format("%,d samples%n%nWhere the CPU went (a stack may be in several parts):%n", total));
        for (Part part : PARTS) {
            out.append(BenchReport.format("  %5.1f %%  %s%n", 100 * share(part), part.name()));
        }
        out.append(BenchReport.format("%nFrames burning the CPU themselves:%n"));
        topSelf(15).forEach((frame, n) -> out.append(BenchReport.format("  %5.1f %%  %s%n", 100.0 * n / total, frame)));
        out.append(BenchReport.format("%nThe service's own methods, with what they call:%n"));
        topOwnInclusive(20).forEach((frame, n) -> out.append(BenchReport.format("  %5.1f %%  %s%n", 100.0 * n / total, frame)));
        return out.toString();
    }

    private static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
