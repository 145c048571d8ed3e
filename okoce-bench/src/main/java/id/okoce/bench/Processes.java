package id.okoce.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the tools the benchmark drives (the service, the CLI, wrk, pgbench) and captures their output. */
final class Processes {

    private Processes() {
    }

    /**
     * What a finished command printed.
     *
     * @param code   its exit code
     * @param output standard output and error, merged
     */
    record Result(int code, String output) {
    }

    /** Runs a command to its end (at most {@code timeoutSeconds}). */
    static Result run(List<String> command, Path workDir, int timeoutSeconds) {
        return run(command, workDir, timeoutSeconds, java.util.Map.of());
    }

    /** Runs a command to its end (at most {@code timeoutSeconds}) with {@code env} added to its environment. */
    static Result run(List<String> command, Path workDir, int timeoutSeconds, java.util.Map<String, String> env) {
        try {
            Path log = Files.createTempFile(workDir, "command-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command that must succeed; returns its output. */
    static String check(List<String> command, Path workDir, int timeoutSeconds) {
        return check(command, workDir, timeoutSeconds, java.util.Map.of());
    }

    /** Runs a command that must succeed with {@code env} added to its environment; returns its output. */
    static String check(List<String> command, Path workDir, int timeoutSeconds, java.util.Map<String, String> env) {
        Result result = run(command, workDir, timeoutSeconds, env);
        if (result.code() != 0) {
            throw new IllegalStateException("failed (" + result.code() + "): " + String.join(" ", command) + "\n" + result.output());
        }
        return result.output();
    }

    /** Starts a long-running command, its output going to {@code log}. */
    static Process start(List<String> command, Path workDir, Path log) {
        try {
            return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java executable running this benchmark. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Whether a program is on the PATH. */
    static boolean available(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** A command line of strings. */
    static List<String> command(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
