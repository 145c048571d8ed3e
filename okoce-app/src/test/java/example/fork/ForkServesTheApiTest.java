package example.fork;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.csv.CsvErrorReport;
import id.okoce.adapter.csv.CsvMemberFileReader;
import id.okoce.adapter.http.HttpApi;
import id.okoce.application.OkoceCore;
import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.Nik;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "serve the REST API on your own ports", run: the fork's store behind the library's
 * HTTP adapter, a member registered over a socket, replayed by its key, and found in the ledger
 * after a restart of the store.
 */
class ForkServesTheApiTest {

    private static final String NIK = "3171014507900001";
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.stop();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", "fork-1");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @TempDir
    Path uploads;

    @Test
    void the_api_runs_on_the_forks_store() throws Exception {
        Ledger ledger = new Ledger();
        OutboundPorts rest = InMemoryAdapters.create();
        OutboundPorts ports = rest.withMemberStore(LedgerStore.open(ledger, rest.transactions()));
        OkoceCore core = OkoceCore.builder(ports).memberFiles(new CsvMemberFileReader()).errorReport(new CsvErrorReport()).build();
        core.defineFinancingProduct().addBuiltInCatalogue(Actor.system());
        String token = core.manageTokens().issueFirstAdminToken().orElseThrow().secret();
        api = HttpApi.create(HttpApi.UseCases.from(core), HttpApi.Options.embedded("fork", uploads))
                .start("127.0.0.1", 0);

        String member = """
                {"nik":"%s","fullName":"Siti Rahma","phone":"081234567890","kecamatan":"31.71.01","registeredOn":"2018-09-10",
                 "business":{"name":"Warung Siti","sector":"KULINER","startedOn":"2017-03-01","nib":null}}""".formatted(NIK);
        HttpResponse<String> created = send("POST", "/api/v1/members", member, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> replayed = send("POST", "/api/v1/members", member, token);
        assertThat(replayed.statusCode()).as("a retry with the key answers what the first call answered").isEqualTo(201);
        assertThat(replayed.body()).isEqualTo(created.body());
        assertThat(replayed.headers().firstValue("ETag")).isEqualTo(created.headers().firstValue("ETag"));

        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = send("GET", location, null, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"fullName\":\"Siti Rahma\"").contains("\"31.71.01\"");
        assertThat(send("GET", "/api/v1/reports/members-by-province", null, token).body())
                .as("the report reads the fork's counters").contains("\"total\":1");

        OutboundPorts.MemberStore restarted = LedgerStore.open(ledger, rest.transactions());
        assertThat(restarted.members().findByNik(Nik.parse(NIK, LocalDate.of(2018, 9, 10))).map(m -> m.fullName()))
                .as("the member is in the fork's ledger, not in the in-memory adapters")
                .isEqualTo(Optional.of("Siti Rahma"));
        assertThat(rest.members().findByNik(Nik.parse(NIK, LocalDate.of(2018, 9, 10)))).isEmpty();
    }
}
