package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.okoce.domain.testdata.Niks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while events are being delivered: after the restart, every event is delivered,
 * a redelivery with the same {@code webhook-id} as before.
 */
class WebhookKillTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Process serve(int port) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--data-dir", dir.resolve("data").toString(),
                "--port", Integer.toString(port), "--host", "127.0.0.1", "--webhooks-allow-private", "on",
                "--webhook-first-retry-ms", "200").redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(out).contains("listening on") && System.nanoTime() < deadline && child.isAlive()) {
            sleep(100);
        }
        assertThat(Files.readString(out)).as("the service started").contains("listening on");
        Files.writeString(dir.resolve("last-out.txt"), out.toString());
        return child;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> call(int port, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_service_killed_while_delivering_delivers_every_event_after_its_restart() throws Exception {
        Set<String> received = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(40);
            received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process first = serve(port);
        Process second = null;
        try {
            String out = Files.readString(Path.of(Files.readString(dir.resolve("last-out.txt"))));
            String token = out.lines().dropWhile(l -> !l.contains("First start")).skip(1).findFirst().orElseThrow().strip();
            HttpResponse<String> made = call(port, token, "POST", "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hook\",\"types\":[\"member.registered\"]}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            for (int i = 0; i < 80; i++) {
                HttpResponse<String> member = call(port, token, "POST", "/api/v1/members", Bodies.member("31.71.01", Niks.random()));
                assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (requests.get() < 15 && System.nanoTime() < deadline) {
                sleep(20);
            }
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int beforeKill = received.size();
            assertThat(beforeKill).as("killed in the middle of delivering").isBetween(1, 79);

            second = serve(port);
            Set<String> expected = new HashSet<>();
            JsonNode feed = JSON.readTree(call(port, token, "GET", "/api/v1/events?type=member.registered&limit=1000", null).body());
            feed.path("events").forEach(e -> expected.add("evt_" + e.path("id").asLong()));
            assertThat(expected).hasSize(80);
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!received.containsAll(expected) && System.nanoTime() < deadline) {
                sleep(100);
            }
            assertThat(received).as("every event delivered after the kill, at least once").containsAll(expected);
            assertThat(requests.get()).as("some delivered twice, with the same webhook-id").isGreaterThanOrEqualTo(expected.size());
            List<String> strays = received.stream().filter(id -> !expected.contains(id)).toList();
            assertThat(strays).as("nothing but these events").isEmpty();
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
            }
            receiver.stop(0);
        }
    }
}
