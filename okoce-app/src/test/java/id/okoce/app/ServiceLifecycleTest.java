package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, restart, external database, and a graceful stop that lets requests in flight finish. */
class ServiceLifecycleTest {

    @TempDir
    Path dir;

    private Settings settings(Map<String, String> flags) {
        Map<String, String> all = new HashMap<>(Map.of("--port", "0", "--host", "127.0.0.1",
                "--data-dir", dir.resolve("data").toString(), "--stop-timeout", "10"));
        all.putAll(flags);
        return Settings.load(all, Map.of(), Optional.empty());
    }

    /** A request body that sends its first bytes at once and the rest over {@code millis}. */
    private static InputStream slowly(byte[] body, long millis, CountDownLatch started) {
        return new InputStream() {
            private int sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (sent >= body.length) {
                    return -1;
                }
                if (sent > 0) {
                    pause(millis / 10);
                }
                int n = Math.min(length, Math.max(1, body.length / 10));
                n = Math.min(n, body.length - sent);
                System.arraycopy(body, sent, into, offset, n);
                sent += n;
                started.countDown();
                return n;
            }
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_stop_lets_the_request_in_flight_finish_then_refuses_new_ones() throws Exception {
        StringWriter out = new StringWriter();
        OkoceService service = OkoceService.start(settings(Map.of()), new PrintWriter(out, true));
        int port = service.port();
        assertThat(out.toString()).contains("HUB_ADMIN token");
        String token = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        byte[] csv = ("nik,full_name,phone,kecamatan,business_name,sector,business_started_on,nib,registered_on,p2_on,p2_certificate,"
                + "p3_on,p4_on,p4_licence_type,p4_licence_number,p5_on,p6_on,p7_on,p7_reference\n").repeat(1).getBytes(StandardCharsets.UTF_8);
        CountDownLatch started = new CountDownLatch(1);
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports/members?mode=validate-only"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slowly(csv, 1500, started))).build();
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(upload,
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        service.close();
        HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).as("the upload in flight when the stop began was answered").isEqualTo(202);
        assertThatThrownBy(() -> new Api(port, null).get("/health")).isInstanceOf(UncheckedIOException.class);

        StringWriter again = new StringWriter();
        try (OkoceService restarted = OkoceService.start(settings(Map.of()), new PrintWriter(again))) {
            assertThat(again.toString()).as("the admin token is printed on the first start only").isEmpty();
            assertThat(new Api(restarted.port(), null).get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void an_external_postgresql_by_url() {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(dir.resolve("external"), OptionalInt.empty(), EmbeddedDatabase.Durability.FAST)) {
            String url = external.config(4).url();
            StringWriter out = new StringWriter();
            try (OkoceService service = OkoceService.start(settings(Map.of("--db-url", url, "--db-user", EmbeddedDatabase.SERVICE_ROLE,
                    "--db-password", external.config(1).password(), "--db-owner-user", "postgres",
                    "--db-owner-password", external.ownerConfig(1).password(), "--key-file", external.keyFile().toString())),
                    new PrintWriter(out, true))) {
                String token = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
                Api.Response health = new Api(service.port(), token).get("/health");
                assertThat(health.json().path("components").path("databaseKind").asText()).isEqualTo("external");
                assertThat(new Api(service.port(), token).post("/api/v1/members", Bodies.member("31.71.01")).status()).isEqualTo(201);
            }
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }

    @Test
    void a_token_revoked_from_the_command_line_is_refused_by_the_running_service_within_moments() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(dir.resolve("shared"), OptionalInt.empty(), EmbeddedDatabase.Durability.FAST)) {
            String url = external.config(4).url();
            StringWriter out = new StringWriter();
            try (OkoceService service = OkoceService.start(settings(Map.of("--db-url", url, "--db-user", "postgres",
                    "--db-password", external.ownerConfig(1).password(), "--key-file", external.keyFile().toString())),
                    new PrintWriter(out, true))) {
                Api admin = new Api(service.port(), out.toString().strip().lines().reduce((a, b) -> b).orElseThrow());
                Api.Response issued = admin.post("/api/v1/tokens", "{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}");
                assertThat(issued.status()).isEqualTo(201);
                Api bank = new Api(service.port(), issued.json().path("token").asText());
                for (int i = 0; i < 3; i++) {
                    assertThat(bank.get("/api/v1/financing-products").status()).as("the token works (and is now held in memory)")
                            .isEqualTo(200);
                }

                int code = Main.run(new String[] {"token", "revoke", issued.json().path("id").asText(), "--db-url", url, "--db-user",
                    "postgres", "--db-password", external.ownerConfig(1).password(), "--key-file", external.keyFile().toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
                assertThat(code).isZero();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                int status = bank.get("/api/v1/financing-products").status();
                while (status != 401 && System.nanoTime() < end) {
                    Thread.sleep(5);
                    status = bank.get("/api/v1/financing-products").status();
                }
                assertThat(status).as("another process's revocation reaches the running service").isEqualTo(401);
            }
        }
    }
}
