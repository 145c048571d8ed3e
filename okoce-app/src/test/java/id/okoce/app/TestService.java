package id.okoce.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real service — Guice wiring, HTTP on a real socket, PostgreSQL adapter on its embedded
 * database in a temporary directory, deleted when the JVM ends — started once per test JVM, with its first admin token.
 */
public final class TestService {

    private static final TestService INSTANCE = new TestService();

    private final OkoceService service;
    private final String adminToken;
    private final Path dataDir;

    private TestService() {
        try {
            dataDir = Files.createTempDirectory("okoce-app-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> flags = new HashMap<>();
        flags.put("--port", "0");
        flags.put("--host", "127.0.0.1");
        flags.put("--data-dir", dataDir.resolve("data").toString());
        flags.put("--stop-timeout", "5");
        // the tests' webhook receivers listen on loopback, and retries come quickly
        flags.put("--webhooks-allow-private", "on");
        flags.put("--webhook-first-retry-ms", "200");
        flags.put("--webhook-timeout-ms", "1000");
        StringWriter out = new StringWriter();
        service = OkoceService.start(Settings.load(flags, Map.of(), Optional.empty()),
                new PrintWriter(out, true));
        String[] lines = out.toString().strip().split("\n");
        adminToken = lines[lines.length - 1].strip();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            deleteTree(dataDir);
        }, "test-service-stop"));
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared running service. */
    public static TestService get() {
        return INSTANCE;
    }

    /** A client for it, as the hub admin. */
    public static Api admin() {
        return new Api(INSTANCE.service.port(), INSTANCE.adminToken);
    }

    /** A client for it with another token (or none). */
    public static Api as(String token) {
        return new Api(INSTANCE.service.port(), token);
    }

    /** The service. */
    public OkoceService service() {
        return service;
    }

    /** The first admin token. */
    public String adminToken() {
        return adminToken;
    }
}
