package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.okoce.domain.testdata.Niks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One log line per request (method, path, status, ms, request id) and never a NIK; metrics per route; health. */
class ObservabilityTest {

    private final Api admin = TestService.admin();

    @Test
    void each_request_is_one_log_line_without_a_nik() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger requests = context.getLogger("id.okoce.http.requests");
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level previous = requests.getLevel();
        requests.setLevel(Level.INFO);
        root.addAppender(appender);
        try {
            String nik = Niks.random();
            Api.Response created = admin.post("/api/v1/members", Bodies.member("31.71.01", nik));
            admin.post("/api/v1/members", Bodies.member("31.71.01", nik));
            admin.post("/api/v1/members", Bodies.member("31.71.01", nik.substring(0, 15) + "x"));
            admin.get("/api/v1/members/" + created.json().path("id").asText());

            List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            List<String> requestLines = appender.list.stream().filter(e -> e.getLoggerName().equals("id.okoce.http.requests"))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(requestLines).hasSize(4);
            assertThat(requestLines.get(0)).matches("POST /api/v1/members 201 \\d+ms [0-9a-f-]{36}");
            assertThat(requestLines.get(1)).matches("POST /api/v1/members 409 \\d+ms [0-9a-f-]{36}");
            assertThat(requestLines.get(2)).matches("POST /api/v1/members 400 \\d+ms [0-9a-f-]{36}");
            assertThat(requestLines.get(3)).matches("GET /api/v1/members/[0-9a-f-]{36} 200 \\d+ms [0-9a-f-]{36}");
            assertThat(lines).noneMatch(line -> line.contains(nik) || line.contains(nik.substring(0, 15)));
        } finally {
            root.detachAppender(appender);
            requests.setLevel(previous);
        }
    }

    @Test
    void metrics_count_and_time_requests_per_route() {
        admin.get("/api/v1/reports/target");
        String metrics = admin.get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{", "route=\"/api/v1/reports/target\"", "status=\"200\"")
                .contains("jvm_memory_used_bytes");
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_bucket")).count()).isPositive();
    }

    @Test
    void health_reports_the_database_without_a_token() {
        Api.Response health = TestService.as(null).get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("components").path("database").asText()).isEqualTo("UP");
        assertThat(health.json().path("components").path("tokenCache").asText())
                .as("the service hears token changes, so it keeps token lookups in memory").isEqualTo("LISTENING");
    }
}
