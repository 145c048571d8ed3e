package id.okoce.adapter.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data directory, as its {@code postmaster.pid} names it, and
 * what the operating system says about that process (read from {@code /proc}; on systems without
 * it, only whether the PID is alive is known).
 *
 * @param pid         the server's PID
 * @param port        the port it listens on, when the file says
 * @param commandLine its command line, empty when unknown (no such process, or no {@code /proc})
 */
record Postmaster(long pid, Optional<Integer> port, List<String> commandLine) {

    private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);

    /** The option that marks a server started by this service ({@code cluster_name} also names its processes). */
    static final String MARKER = "cluster_name=okoce-embedded";

    /** The server named by {@code pgdata}'s {@code postmaster.pid}, if the file exists and names one. */
    static Optional<Postmaster> of(Path pgdata) {
        List<String> lines;
        try {
            lines = Files.readAllLines(pgdata.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", pgdata.resolve("postmaster.pid"), e.getMessage());
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Optional<Integer> port = lines.size() > 3 && lines.get(3).strip().matches("[0-9]{1,5}")
                ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        return Optional.of(new Postmaster(pid, port, commandLine(pid)));
    }

    /** The command line of process {@code pid}, empty when unknown. */
    static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String text = new String(raw, StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\u0000"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {@code ", <command line>"} of a PID given as text, or nothing when unknown; for messages. */
    static String describe(String pid) {
        if (!pid.matches("[0-9]+")) {
            return "";
        }
        List<String> command = commandLine(Long.parseLong(pid));
        return command.isEmpty() ? "" : ": " + String.join(" ", command);
    }

    /** Whether process {@code pid} runs (a zombie, which has ended but not been reaped, does not). */
    static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            int afterName = stat.lastIndexOf(')');
            char state = afterName > 0 && afterName + 2 < stat.length() ? stat.charAt(afterName + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Whether the server still runs. */
    boolean running() {
        return running(pid);
    }

    /** Whether the process is a PostgreSQL server at all (not another program that reused the PID). */
    boolean isPostgres() {
        return !commandLine.isEmpty() && (commandLine.get(0).endsWith("/postgres") || commandLine.get(0).equals("postgres"));
    }

    /** Whether it is a server this service started (it carries {@link #MARKER}). */
    boolean startedByService() {
        return isPostgres() && commandLine.stream().anyMatch(a -> a.contains(MARKER));
    }

    /** The {@code pg_ctl} beside this server's {@code postgres} binary, if it can be found. */
    Optional<Path> pgCtl() {
        try {
            Path binary = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe"));
            Path pgCtl = binary.resolveSibling("pg_ctl");
            return Files.isExecutable(pgCtl) ? Optional.of(pgCtl) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the server cleanly (a fast shutdown: sessions end, everything committed stays) and
     * waits for it to end: through {@code pg_ctl} when it can be found, otherwise by signalling the
     * server; as a last resort, after {@code patience}, it is killed (crash recovery then replays
     * its WAL on the next start, so nothing committed is lost either way).
     *
     * @return whether it ended
     */
    boolean stop(Path pgdata, Duration patience) throws InterruptedException {
        Optional<Path> pgCtl = pgCtl();
        if (pgCtl.isPresent()) {
            run(asPostgresUser(List.of(pgCtl.get().toString(), "-D", pgdata.toString(), "stop", "-m", "fast", "-w",
                    "-t", Long.toString(Math.max(1, patience.toSeconds())))), patience.plusSeconds(5));
        } else {
            signal("INT");
        }
        if (awaitEnd(patience)) {
            return true;
        }
        LOG.warn("PostgreSQL (PID {}) did not stop within {} s; killing it", pid, patience.toSeconds());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return awaitEnd(Duration.ofSeconds(10));
    }

    private void signal(String name) throws InterruptedException {
        run(List.of("kill", "-" + name, Long.toString(pid)), Duration.ofSeconds(5));
    }

    /** Waits up to {@code patience} for the process to end. */
    boolean awaitEnd(Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (running() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return !running();
    }

    /**
     * {@code command} (a PostgreSQL program) as PostgreSQL will run it: PostgreSQL refuses to run
     * as root, so as root it runs in a user namespace of its own, as the embedded library runs it.
     */
    static List<String> asPostgresUser(List<String> command) {
        if (!LinuxUtils.isUnshareAvailable()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-U"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Runs a command, output discarded; returns its exit code, or -1 when it could not be run or did not end in time. */
    static int run(List<String> command, Duration patience) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            LOG.warn("cannot run {}: {}", command.get(0), e.getMessage());
            return -1;
        }
    }

    @Override
    public String toString() {
        return "PID " + pid + (commandLine.isEmpty() ? "" : " (" + String.join(" ", commandLine) + ")");
    }
}
