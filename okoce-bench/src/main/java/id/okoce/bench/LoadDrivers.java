package id.okoce.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load drivers the suite runs at 64 connections on two threads — wrk for HTTP, pgbench for the
 * database references — and what their output says.
 */
final class LoadDrivers {

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern WRK_ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern PGBENCH_LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** Connections (wrk) and clients (pgbench): the figure the goals are stated at. */
    static final int CONNECTIONS = 64;

    private LoadDrivers() {
    }

    /**
     * What wrk measured.
     *
     * @param rate   requests per second
     * @param p99Ms  the 99th percentile latency in milliseconds
     * @param failed responses that were not 2xx or 3xx
     */
    record HttpLoad(double rate, double p99Ms, long failed) {
    }

    /**
     * What pgbench measured.
     *
     * @param tps       transactions per second
     * @param averageMs the average latency in milliseconds
     */
    record DatabaseLoad(double tps, double averageMs) {
    }

    /** Drives {@code path} with the wrk script {@code lua} for {@code seconds}, authenticated by {@code token}, at 64 connections. */
    static HttpLoad wrk(Path work, int port, String token, Path lua, String path, int seconds) {
        return wrk(work, port, token, lua, path, seconds, CONNECTIONS);
    }

    /** The same at {@code connections} connections. */
    static HttpLoad wrk(Path work, int port, String token, Path lua, String path, int seconds, int connections) {
        return parseWrk(Processes.check(Processes.command("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-s",
                lua.toString(), "-H", "Authorization: Bearer " + token, "http://127.0.0.1:" + port + path), work, seconds + 120));
    }

    /** Runs the pgbench {@code script} against the {@code okoce} database for {@code seconds}, prepared statements, 64 clients. */
    static DatabaseLoad pgbench(Path work, int dbPort, String password, Path script, int seconds) {
        return pgbench(work, dbPort, password, script, seconds, CONNECTIONS);
    }

    /** The same with {@code clients} clients. */
    static DatabaseLoad pgbench(Path work, int dbPort, String password, Path script, int seconds, int clients) {
        return parsePgbench(Processes.check(Processes.command("pgbench", "-n", "-h", "localhost", "-p", Integer.toString(dbPort), "-U",
                "postgres", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-M", "prepared", "-f",
                script.toString(), "okoce"), work, seconds + 120, java.util.Map.of("PGPASSWORD", password)));
    }

    static HttpLoad parseWrk(String output) {
        Matcher p99 = WRK_P99.matcher(output);
        double p99Ms = p99.find() ? Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        } : Double.NaN;
        Matcher errors = WRK_ERRORS.matcher(output);
        return new HttpLoad(number(WRK_RATE, output), p99Ms, errors.find() ? Long.parseLong(errors.group(1)) : 0);
    }

    static DatabaseLoad parsePgbench(String output) {
        return new DatabaseLoad(number(PGBENCH_TPS, output), number(PGBENCH_LATENCY, output));
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A port nothing listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
