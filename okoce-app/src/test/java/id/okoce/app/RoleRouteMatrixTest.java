package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.adapter.http.HttpApi;
import id.okoce.adapter.http.api.ApiRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, route by route: the hub everything; a partner its own province only (another
 * province's member or partner answers 404, exactly as if it did not exist); a bank eligibility
 * for its own products; no token or a bad token, 401 everywhere but /health and /openapi.json.
 */
class RoleRouteMatrixTest {

    private static Api hub;
    private static Api jabar;
    private static Api bank;
    private static Api otherBank;
    private static String jabarId;
    private static String jatengId;
    private static String dkiMember;
    private static String jabarMember;

    @BeforeAll
    static void network() {
        Network network = new Network();
        hub = network.admin();
        jabarId = network.validatedPartner("32").path("id").asText();
        jatengId = network.validatedPartner("33").path("id").asText();
        jabar = TestService.as(network.partnerToken(jabarId));
        bank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}"));
        otherBank = TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank BRI\"}"));
        dkiMember = Network.member(hub, "31.71.01").path("id").asText();
        jabarMember = Network.member(jabar, "32.73.01").path("id").asText();
    }

    private record Case(String who, Api api, String method, String path, String body, int expected) {
    }

    private static String etag(String memberId) {
        return hub.get("/api/v1/members/" + memberId).header("ETag").orElseThrow();
    }

    private static List<Case> cases() {
        String dki = "/api/v1/members/" + dkiMember;
        String jb = "/api/v1/members/" + jabarMember;
        String eligibility = "/financing-eligibility?product=bank-dki-kredit-monas-pemula-2018&amount=1000000&on=2019-01-01";
        String kur = "/financing-eligibility?product=kur-mikro-2023&amount=50000000&on=2024-01-01";
        String grant = "{\"product\":\"bank-dki-kredit-monas-pemula-2018\",\"amount\":1000000,\"termMonths\":12,\"reference\":\"R\"}";
        String agreement = "{\"counterpartyKind\":\"EDUCATION\",\"counterpartyName\":\"Universitas\",\"stages\":[\"P2\"],"
                + "\"validFrom\":\"2018-10-01\"}";
        List<Case> cases = new ArrayList<>();
        // members: a partner of Jawa Barat and a DKI member
        cases.add(new Case("partner reads another province's member", jabar, "GET", dki, null, 404));
        cases.add(new Case("partner completes a stage of another province's member", jabar, "POST", dki + "/stages",
                Bodies.stage("P2", "2018-09-20"), 404));
        cases.add(new Case("partner asks another province's member's eligibility", jabar, "GET", dki + eligibility, null, 403));
        cases.add(new Case("partner records financing", jabar, "POST", dki + "/financings", grant, 403));
        cases.add(new Case("partner registers in another province", jabar, "POST", "/api/v1/members", Bodies.member("31.71.01"), 403));
        cases.add(new Case("partner reads its own member", jabar, "GET", jb, null, 200));
        cases.add(new Case("bank reads a member", bank, "GET", dki, null, 403));
        cases.add(new Case("bank completes a stage", bank, "POST", dki + "/stages", Bodies.stage("P2", "2018-09-20"), 403));
        cases.add(new Case("bank registers a member", bank, "POST", "/api/v1/members", Bodies.member("31.71.01"), 403));
        cases.add(new Case("bank searches members", bank, "GET", "/api/v1/members", null, 403));
        cases.add(new Case("bank asks eligibility for its product", bank, "GET", dki + eligibility, null, 200));
        cases.add(new Case("bank asks eligibility for another bank's product", bank, "GET", dki + kur, null, 404));
        cases.add(new Case("another bank asks for Bank DKI's product", otherBank, "GET", dki + eligibility, null, 404));
        cases.add(new Case("bank records financing", bank, "POST", dki + "/financings", grant, 403));
        cases.add(new Case("hub reads any member", hub, "GET", jb, null, 200));
        // partners
        cases.add(new Case("partner registers a partner", jabar, "POST", "/api/v1/partners", Bodies.partner("32"), 403));
        cases.add(new Case("bank registers a partner", bank, "POST", "/api/v1/partners", Bodies.partner("32"), 403));
        cases.add(new Case("partner reads another province's partner", jabar, "GET", "/api/v1/partners/" + jatengId, null, 404));
        cases.add(new Case("partner reads itself", jabar, "GET", "/api/v1/partners/" + jabarId, null, 200));
        cases.add(new Case("bank lists partners", bank, "GET", "/api/v1/partners", null, 403));
        cases.add(new Case("partner validates", jabar, "POST", "/api/v1/partners/" + jatengId + "/validation",
                "{\"decision\":\"REJECT\",\"reason\":\"x\"}", 403));
        cases.add(new Case("partner suspends", jabar, "POST", "/api/v1/partners/" + jatengId + "/suspension", "{\"reason\":\"x\"}", 403));
        cases.add(new Case("partner reinstates", jabar, "POST", "/api/v1/partners/" + jatengId + "/reinstatement", null, 403));
        cases.add(new Case("partner records another partner's agreement", jabar, "POST", "/api/v1/partners/" + jatengId + "/agreements",
                agreement, 404));
        cases.add(new Case("partner lists another province's agreements", jabar, "GET", "/api/v1/partners/" + jatengId + "/agreements",
                null, 404));
        cases.add(new Case("partner records its own agreement", jabar, "POST", "/api/v1/partners/" + jabarId + "/agreements",
                agreement, 201));
        cases.add(new Case("bank records an agreement", bank, "POST", "/api/v1/partners/" + jabarId + "/agreements", agreement, 403));
        // financing products
        cases.add(new Case("partner defines a product", jabar, "POST", "/api/v1/financing-products", "{}", 403));
        cases.add(new Case("everyone lists products", bank, "GET", "/api/v1/financing-products", null, 200));
        // reports
        cases.add(new Case("partner reads members by province", jabar, "GET", "/api/v1/reports/members-by-province", null, 200));
        cases.add(new Case("partner reads another province's funnel", jabar, "GET", "/api/v1/reports/stage-funnel?province=31", null, 403));
        cases.add(new Case("bank reads a report", bank, "GET", "/api/v1/reports/target", null, 403));
        cases.add(new Case("bank reads coverage", bank, "GET", "/api/v1/regions/coverage", null, 403));
        // tokens and metrics
        cases.add(new Case("partner issues a token", jabar, "POST", "/api/v1/tokens", "{\"role\":\"HUB_ADMIN\"}", 403));
        cases.add(new Case("bank revokes a token", bank, "DELETE", "/api/v1/tokens/" + UUID.randomUUID(), null, 403));
        cases.add(new Case("partner reads metrics", jabar, "GET", "/metrics", null, 403));
        cases.add(new Case("hub reads metrics", hub, "GET", "/metrics", null, 200));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> every_role_gets_what_it_may_and_nothing_else() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.who() + " → " + c.expected(), () -> {
            String[] headers = c.method().equals("POST") && c.path().startsWith("/api/v1/members/") && c.path().endsWith("/stages")
                    || c.path().endsWith("/financings") ? new String[] {"If-Match", etag(c.path().split("/")[4])}
                    : c.path().matches("/api/v1/partners/[^/]+/(validation|suspension|reinstatement)")
                    ? new String[] {"If-Match", "*"} : new String[0];
            Api.Response response = c.api().send(c.method(), c.path(), c.body(), headers);
            assertThat(response.status()).as(c.who() + ": " + response.body()).isEqualTo(c.expected());
            if (c.expected() == 404 || c.expected() == 403) {
                assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
            }
        }));
    }

    @Test
    void a_partners_404_for_another_province_is_the_same_as_for_nothing() {
        JsonNode otherProvince = jabar.get("/api/v1/members/" + dkiMember).json();
        JsonNode nothing = jabar.get("/api/v1/members/" + UUID.randomUUID()).json();
        assertThat(otherProvince.path("code")).isEqualTo(nothing.path("code"));
        assertThat(otherProvince.path("title")).isEqualTo(nothing.path("title"));
        assertThat(jabar.get("/api/v1/members?province=31").json().path("members")).isEmpty();
        assertThat(jabar.get("/api/v1/members?limit=500").json().path("members"))
                .allSatisfy(m -> assertThat(m.path("province").path("code").asText()).isEqualTo("32"));
    }

    @Test
    void without_a_valid_token_every_route_but_health_and_openapi_is_401() {
        HttpApi http = TestService.get().service().injector().getInstance(HttpApi.class);
        Api anonymous = TestService.as(null);
        Api forged = TestService.as("okoce_forged-token");
        for (ApiRoute route : http.routes()) {
            String path = route.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int expected = route.authenticated() ? 401 : 200;
            for (Api api : List.of(anonymous, forged)) {
                Api.Response response = api.send(route.method().name(), path, route.method().name().equals("POST") ? "{}" : null);
                assertThat(response.status()).as(route.method().name() + " " + route.path()).isEqualTo(expected);
                if (expected == 401) {
                    assertThat(response.header("WWW-Authenticate")).isPresent();
                    assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
                }
            }
        }
    }

    @Test
    void suspending_a_partner_disables_its_token_at_once() {
        Network network = new Network();
        JsonNode partner = network.validatedPartner("34");
        String id = partner.path("id").asText();
        Api api = TestService.as(network.partnerToken(id));
        assertThat(api.get("/api/v1/partners/" + id).status()).isEqualTo(200);
        String etag = hub.get("/api/v1/partners/" + id).header("ETag").orElseThrow();
        assertThat(hub.post("/api/v1/partners/" + id + "/suspension", "{\"reason\":\"audit\"}", "If-Match", etag).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/partners/" + id).status()).isEqualTo(401);
    }
}
