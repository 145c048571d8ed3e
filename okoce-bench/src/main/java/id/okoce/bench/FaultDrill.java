package id.okoce.bench;

import id.okoce.adapter.jdbc.EmbeddedDatabase;
import id.okoce.adapter.jdbc.PostgresDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durability drill: the packaged service on its embedded database, concurrent writers that
 * retry each request with its Idempotency-Key until they get an answer (as a careful client does),
 * and faults between them — {@code kill -9} of PostgreSQL (the service restarts it), of the
 * service's JVM (a new one is started on the same data directory, which stops the server the dead
 * one left running), and of both at once. At the end, with everything stopped, the database is
 * read directly: every acknowledged registration and stage completion must be there exactly once,
 * no writer may have been told anything but the outcome of its own request, and the report
 * counters must equal a full count of the members table.
 *
 * <p>{@code FaultDrill --jar okoce.jar [--cycles N] [--writers N] [--work DIR]}; exit code 0 when
 * every check holds.
 */
public final class FaultDrill {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final Path jar;
    private final Path work;
    private final int cycles;
    private final int writers;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();
    private final Queue<String> awaitingP2 = new ConcurrentLinkedQueue<>();
    private final List<String> wrongAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong serial = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private String token;
    private Process service;
    private int starts;

    private FaultDrill(Path jar, Path work, int cycles, int writers) throws IOException {
        this.jar = jar;
        this.work = work;
        this.cycles = cycles;
        this.writers = writers;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** Runs the drill; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of("okoce-app/target/okoce.jar");
        Path work = null;
        int cycles = 30;
        int writers = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--cycles" -> cycles = Integer.parseInt(args[++i]);
                case "--writers" -> writers = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("okoce-faults");
        boolean held = new FaultDrill(jar.toAbsolutePath(), dir, cycles, writers).run();
        System.exit(held ? 0 : 1);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private boolean run() throws Exception {
        start();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        for (int i = 0; i < writers; i++) {
            threads.submit(() -> write(writing));
        }
        List<String> recoveries = new ArrayList<>();
        try {
            Thread.sleep(2_000);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                String fault = switch (cycle % 3) {
                    case 1 -> "PostgreSQL";
                    case 2 -> "the service";
                    default -> "both";
                };
                long before = acknowledged.size();
                long at = System.nanoTime();
                inflict(fault);
                awaitWrites(before + writers);
                long millis = (System.nanoTime() - at) / 1_000_000;
                recoveries.add(fault + " " + millis + " ms");
                say(String.format("cycle %d: kill -9 of %s, writing again after %,d ms (%,d registrations acknowledged so far)",
                        cycle, fault, millis, acknowledged.size()));
                Thread.sleep(1_000);
            }
        } finally {
            writing.set(false);
            threads.shutdown();
            threads.awaitTermination(60, TimeUnit.SECONDS);
            stop();
        }
        return verify(recoveries);
    }

    private List<String> serve() {
        return List.of(Processes.java(), "-Xmx512m", "-jar", jar.toString(), "serve", "--data-dir", work.resolve("data").toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--stop-timeout", "5");
    }

    private void start() throws Exception {
        starts++;
        Path log = work.resolve("service-" + starts + ".log");
        service = Processes.start(serve(), work, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (token == null) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.startsWith("okoce_")) {
                        token = line.strip();
                    }
                }
            }
            if (token != null && status("GET", "/health", null, null) == 200) {
                return;
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("the service did not start; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become healthy; see " + log);
    }

    private void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(work.resolve("data/postgres/postmaster.pid")).get(0).strip());
    }

    private void inflict(String fault) throws Exception {
        switch (fault) {
            case "PostgreSQL" -> ProcessHandle.of(postmasterPid()).ifPresent(ProcessHandle::destroyForcibly);
            case "the service" -> {
                service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                start();
            }
            default -> {
                long pid = postmasterPid();
                service.destroyForcibly();
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                service.waitFor(30, TimeUnit.SECONDS);
                start();
            }
        }
    }

    private void awaitWrites(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (acknowledged.size() < count) {
            throw new IllegalStateException("the service did not take writes again within two minutes");
        }
    }

    /** A NIK no earlier request used: Jakarta Pusat, a birth date and serial from a counter. */
    private static String nik(long n) {
        int day = 1 + (int) (n % 28);
        int month = 1 + (int) ((n / 28) % 12);
        int year = 60 + (int) ((n / 336) % 40);
        int unit = 1 + (int) ((n / 13_440) % 9_999);
        return String.format("317101%02d%02d%02d%04d", day, month, year, unit);
    }

    /** Each writer registers, and completes P2 of a member registered before (each member taken by one writer only). */
    private void write(AtomicBoolean writing) {
        while (writing.get()) {
            String id = ThreadLocalRandom.current().nextInt(4) == 0 ? awaitingP2.poll() : null;
            if (id != null) {
                complete(id, writing);
            } else {
                register(writing);
            }
        }
    }

    /** A two-word name of syllables drawn from {@code n}: every registration is a person of its own. */
    private static String name(long n) {
        String consonants = "bdghjklmnprstw";
        String vowels = "aiueo";
        StringBuilder name = new StringBuilder();
        long x = n * 2_654_435_761L & Long.MAX_VALUE;
        for (int word = 0; word < 2; word++) {
            name.append(word == 0 ? "" : " ");
            for (int i = 0; i < 3; i++) {
                char c = consonants.charAt((int) (x % 14));
                name.append(i == 0 ? Character.toUpperCase(c) : c).append(vowels.charAt((int) (x / 14 % 5)));
                x /= 70;
            }
        }
        return name.toString();
    }

    private void register(AtomicBoolean writing) {
        String key = UUID.randomUUID().toString();
        long n = serial.incrementAndGet();
        String nik = nik(n);
        String body = """
                {"nik":"%s","fullName":"%s","phone":"0813%08d","kecamatan":"31.71.01","registeredOn":"2018-09-10",
                 "business":{"name":"Usaha Uji","sector":"JASA","startedOn":"2017-03-01","nib":null}}""".formatted(nik, name(n),
                n % 100_000_000);
        while (true) {
            HttpResponse<String> answer = send("POST", "/api/v1/members", body, key);
            if (answer != null && answer.statusCode() == 201) {
                Matcher id = ID.matcher(answer.body());
                if (id.find()) {
                    acknowledged.put(id.group(1), key);
                    awaitingP2.add(id.group(1));
                }
                return;
            }
            if (answer != null && answer.statusCode() != 503) {
                wrongAnswers.add("registration answered " + answer.statusCode() + ": " + answer.body());
                abandoned.incrementAndGet();
                return;
            }
            if (!writing.get()) {
                abandoned.incrementAndGet();
                return;
            }
            retries.incrementAndGet();
            pause();
        }
    }

    private void complete(String id, AtomicBoolean writing) {
        String body = "{\"stage\":\"P2\",\"completedOn\":\"2018-10-01\",\"evidence\":{\"certificateNumber\":\"SERT-1\"}}";
        boolean retried = false;
        while (true) {
            HttpResponse<String> answer = sendIfMatch("/api/v1/members/" + id + "/stages", body);
            if (answer != null && (answer.statusCode() == 200 || (answer.statusCode() == 409 && answer.body().contains("STAGE_ALREADY_DONE")))) {
                if (answer.statusCode() == 200 || retried || completed.contains(id)) {
                    completed.add(id);
                } else {
                    wrongAnswers.add("completion of a stage no one completed answered " + answer.body());
                }
                return;
            }
            if (answer != null && answer.statusCode() != 503) {
                wrongAnswers.add("completion answered " + answer.statusCode() + ": " + answer.body());
                return;
            }
            if (!writing.get()) {
                return;
            }
            retried = true;
            retries.incrementAndGet();
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String key) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpResponse<String> sendIfMatch(String path, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("If-Match", "*")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private int status(String method, String path, String body, String key) {
        HttpResponse<String> answer = send(method, path, body, key);
        return answer == null ? -1 : answer.statusCode();
    }

    /** Reads the stopped service's database directly and checks every acknowledged write. */
    private boolean verify(List<String> recoveries) throws Exception {
        boolean held = true;
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(work.resolve("data"), OptionalInt.empty(),
                EmbeddedDatabase.Durability.DURABLE);
             PostgresDatabase pool = PostgresDatabase.open(embedded.ownerConfig(2).withTimeout(Duration.ofMinutes(5)))) {
            Set<String> stored = ConcurrentHashMap.newKeySet();
            Set<String> withP2 = ConcurrentHashMap.newKeySet();
            Sql.query(pool, "SELECT id, p2_on IS NOT NULL AS p2 FROM members WHERE business_name = 'Usaha Uji'", rs -> {
                stored.add(rs.getString("id"));
                if (rs.getBoolean("p2")) {
                    withP2.add(rs.getString("id"));
                }
            });
            long missing = acknowledged.keySet().stream().filter(id -> !stored.contains(id)).count();
            long lostStages = completed.stream().filter(id -> !withP2.contains(id)).count();
            Map<String, Long> counted = new HashMap<>();
            Map<String, Long> full = new HashMap<>();
            Sql.query(pool, "SELECT province, stage, sum(members) AS n FROM member_month_counts GROUP BY province, stage HAVING sum(members) <> 0",
                    rs -> counted.put(rs.getString("province") + "/P" + rs.getInt("stage"), rs.getLong("n")));
            Sql.query(pool, """
                    SELECT province, s.stage, count(*) AS n FROM members CROSS JOIN LATERAL (VALUES (1, p1_on), (2, p2_on), (3, p3_on),
                        (4, p4_on), (5, p5_on), (6, p6_on), (7, p7_on)) AS s (stage, done_on)
                    WHERE s.done_on IS NOT NULL GROUP BY province, s.stage""",
                    rs -> full.put(rs.getString("province") + "/P" + rs.getInt("stage"), rs.getLong("n")));
            long extra = stored.size() - (acknowledged.size() - missing);
            say(String.format("%d cycles (%s); %,d registrations and %,d stage completions acknowledged, %,d retries after a fault",
                    cycles, String.join(", ", recoveries), acknowledged.size(), completed.size(), retries.get()));
            say("every acknowledged registration is stored: " + (missing == 0) + (missing == 0 ? "" : " (" + missing + " missing)"));
            say("every acknowledged stage completion is stored: " + (lostStages == 0) + (lostStages == 0 ? "" : " (" + lostStages + " lost)"));
            say("no registration stored twice or unasked: " + (extra <= abandoned.get()) + " (" + stored.size() + " stored, "
                    + abandoned.get() + " left unanswered when writing stopped)");
            say("no writer was told anything but its own request's outcome: " + wrongAnswers.isEmpty()
                    + (wrongAnswers.isEmpty() ? "" : " — " + wrongAnswers.get(0)));
            say("report counters equal a full count of the members table: " + counted.equals(full));
            held = missing == 0 && lostStages == 0 && extra <= abandoned.get() && wrongAnswers.isEmpty() && counted.equals(full);
        }
        say(held ? "the drill held" : "THE DRILL FAILED; files kept in " + work);
        return held;
    }
}
