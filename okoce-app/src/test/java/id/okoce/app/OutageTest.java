package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database fails under load, as an operator would meet it: PostgreSQL killed (the service
 * restarts its embedded server) and PostgreSQL stalled (every process stopped for ten seconds).
 * Meanwhile every request is answered within its time bound — 503 problem details with
 * Retry-After when it cannot be served — and /health within a second; afterwards the service
 * serves again within the promised time, and no acknowledged registration is lost.
 */
class OutageTest {

    /** The database bound of this service. */
    private static final Duration BOUND = Duration.ofMillis(2000);
    /**
     * How long any answer may take: each database call is bounded (the bound, and the driver's extra
     * second for a server that does not answer at all); a registration makes two (its member number,
     * its row); and slack for a shared machine.
     */
    private static final Duration LONGEST_ANSWER = BOUND.plusSeconds(1).multipliedBy(2).plusMillis(500);

    @TempDir
    static Path dir;

    private static OkoceService service;
    private static Api api;
    private static Api anonymous;

    /** One answered request. */
    private record Answer(long at, String what, int status, long millis, String type, Optional<String> retryAfter, String code,
                          String id) {
    }

    @BeforeAll
    static void start() {
        StringWriter out = new StringWriter();
        service = OkoceService.start(Settings.load(Map.of("--port", "0", "--host", "127.0.0.1",
                        "--data-dir", dir.resolve("data").toString(), "--stop-timeout", "5",
                        "--db-timeout-ms", Long.toString(BOUND.toMillis())), Map.of(), Optional.empty()), new PrintWriter(out, true));
        String[] lines = out.toString().strip().split("\n");
        api = new Api(service.port(), lines[lines.length - 1].strip());
        anonymous = new Api(service.port(), null);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static EmbeddedDatabase embedded() {
        return service.injector().getInstance(DatabaseRuntime.class).embeddedServer().orElseThrow();
    }

    /** Writers and health checks running until stopped; every answer recorded. */
    private static final class Load implements AutoCloseable {
        final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(5);

        Load() {
            for (int i = 0; i < 4; i++) {
                threads.submit(() -> {
                    while (running.get()) {
                        record("POST", () -> api.post("/api/v1/members", Bodies.member("31.71.01")));
                    }
                });
            }
            threads.submit(() -> {
                while (running.get()) {
                    record("health", () -> anonymous.get("/health"));
                    pause(100);
                }
            });
        }

        private void record(String what, java.util.function.Supplier<Api.Response> call) {
            long start = System.nanoTime();
            try {
                Api.Response r = call.get();
                String code = r.status() >= 400 ? r.code() : "";
                String id = r.status() == 201 ? r.json().path("id").asText() : "";
                answers.add(new Answer(start, what, r.status(), (System.nanoTime() - start) / 1_000_000,
                        r.header("Content-Type").orElse(""), r.header("Retry-After"), code, id));
            } catch (RuntimeException e) {
                answers.add(new Answer(start, what, -1, (System.nanoTime() - start) / 1_000_000, e.toString(), Optional.empty(), "", ""));
                pause(50);
            }
        }

        List<Answer> since(long nanos) {
            synchronized (answers) {
                return answers.stream().filter(a -> a.at() >= nanos).toList();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a registration succeeds again; returns when (nanos). */
    private static long firstSuccessAfter(Load load, long nanos, Duration patience) {
        long end = nanos + patience.toNanos() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            Optional<Answer> ok = load.since(nanos).stream().filter(a -> a.what().equals("POST") && a.status() == 201).findFirst();
            if (ok.isPresent()) {
                return ok.get().at();
            }
            pause(50);
        }
        throw new AssertionError("the service never served a registration again");
    }

    private static void assertBoundedAndExplained(List<Answer> answers) {
        assertThat(answers).isNotEmpty();
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as("answered, not a broken connection: " + a).isPositive();
            assertThat(Duration.ofMillis(a.millis())).as("answered within the bound: " + a).isLessThan(LONGEST_ANSWER);
            if (a.status() >= 500) {
                assertThat(a.status()).as(a.toString()).isEqualTo(503);
                if (!a.what().equals("health")) {
                    assertThat(a.type()).startsWith("application/problem+json");
                    assertThat(a.code()).isEqualTo("DATABASE_UNAVAILABLE");
                    assertThat(a.retryAfter()).as("503 says when to retry").isPresent();
                }
            }
        });
        assertThat(answers.stream().filter(a -> a.what().equals("health")))
                .allSatisfy(a -> assertThat(a.millis()).as("/health answers within a second: " + a).isLessThan(1000));
    }

    private static void assertKept(List<Answer> answers) {
        List<String> acknowledged = answers.stream().filter(a -> a.status() == 201).map(Answer::id).toList();
        assertThat(acknowledged).isNotEmpty();
        for (String id : acknowledged) {
            assertThat(api.get("/api/v1/members/" + id).status()).as("acknowledged member " + id + " is kept").isEqualTo(200);
        }
    }

    @Test
    void postgresql_killed_under_load_is_restarted_and_serving_again_within_ten_seconds() throws Exception {
        List<Answer> all;
        long killedAt;
        long back;
        try (Load load = new Load()) {
            pause(1500);
            long pid = embedded().serverPid();
            killedAt = System.nanoTime();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            back = firstSuccessAfter(load, killedAt + TimeUnit.MILLISECONDS.toNanos(300), Duration.ofSeconds(10));
            pause(1500);
            all = List.copyOf(load.answers);
        }
        assertThat(Duration.ofNanos(back - killedAt)).as("serving again within 10 s").isLessThan(Duration.ofSeconds(10));
        List<Answer> outage = all.stream().filter(a -> a.at() >= killedAt && a.at() < back).toList();
        assertThat(outage.stream().filter(a -> a.status() == 503)).as("the outage was answered 503").isNotEmpty();
        assertThat(outage.stream().filter(a -> a.what().equals("health") && a.status() == 503)).as("/health said DOWN").isNotEmpty();
        assertBoundedAndExplained(all);
        assertKept(all);
    }

    @Test
    void postgresql_stalled_for_ten_seconds_gets_bounded_answers_and_recovery_within_five() throws Exception {
        List<Answer> all;
        long stoppedAt;
        long resumedAt;
        long back;
        try (Load load = new Load()) {
            pause(1500);
            List<Long> pids = new ArrayList<>();
            ProcessHandle server = ProcessHandle.of(embedded().serverPid()).orElseThrow();
            pids.add(server.pid());
            server.descendants().forEach(p -> pids.add(p.pid()));
            stoppedAt = System.nanoTime();
            signal("STOP", pids);
            try {
                pause(10_000);
            } finally {
                resumedAt = System.nanoTime();
                signal("CONT", pids);
            }
            back = firstSuccessAfter(load, resumedAt, Duration.ofSeconds(5));
            pause(1500);
            all = List.copyOf(load.answers);
        }
        assertThat(Duration.ofNanos(back - resumedAt)).as("recovered within 5 s of the database").isLessThan(Duration.ofSeconds(5));
        List<Answer> stall = all.stream().filter(a -> a.at() >= stoppedAt && a.at() < resumedAt).toList();
        assertThat(stall.stream().filter(a -> a.what().equals("POST") && a.status() == 503)).as("requests were told 503").isNotEmpty();
        assertThat(stall.stream().filter(a -> a.what().equals("health") && a.status() == 503)).as("/health said DOWN").isNotEmpty();
        assertBoundedAndExplained(all);
        assertKept(all);
    }

    private static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        new ProcessBuilder(command).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }
}
