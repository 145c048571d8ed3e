package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Who may do what, route by route, generated from the route table: every route, as the hub, a
 * partner and a bank, on an object of the caller's province, of another province, and of none.
 * The expected status follows from the route's roles and the access rules: a role the route does
 * not take is 403; an object that does not exist is 404, and so is one of another province for a
 * partner (it does not exist for the caller); acting in another province (registering a member
 * there, asking for its report) is 403 {@code REGION_OUT_OF_SCOPE}. A route without a fixture
 * fails, so a new route is covered the day it is added. No token or a bad token is 401 everywhere
 * but /health and /openapi.json.
 */
class RoleRouteMatrixTest {

    private static RouteFixtures fixtures;
    private static Api hub;
    private static Api jabar;
    private static String dkiMember;

    @BeforeAll
    static void network() {
        fixtures = new RouteFixtures();
        hub = fixtures.api(RouteFixtures.Caller.HUB);
        jabar = fixtures.api(RouteFixtures.Caller.PARTNER);
        dkiMember = Network.member(hub, "31.71.01").path("id").asText();
    }

    @TestFactory
    Stream<DynamicTest> every_route_every_role_every_province() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiRoute route : RouteFixtures.routes()) {
            RouteFixtures.Fixture fixture = fixtures.of(route);
            for (RouteFixtures.Caller caller : RouteFixtures.Caller.values()) {
                for (RouteFixtures.Target target : RouteFixtures.Target.values()) {
                    if (fixture.scope() == RouteFixtures.Scope.AREA && target == RouteFixtures.Target.NONE) {
                        continue;
                    }
                    int expected = RouteFixtures.expected(route, fixture, caller, target);
                    String name = route.method() + " " + route.path() + " as " + caller + " on " + target + " → " + expected;
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        RouteFixtures.Call call = fixture.maker().make(caller, target);
                        org.junit.jupiter.api.Assumptions.assumeTrue(call != null, "this combination cannot be set up through the API yet");
                        Api.Response response = call.send(fixtures.api(caller));
                        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(expected);
                        if (expected >= 400) {
                            assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
                        }
                        if (expected == 403) {
                            assertThat(response.code()).isEqualTo(route.roles().contains(caller.role) ? "REGION_OUT_OF_SCOPE"
                                    : "ACCESS_DENIED");
                        }
                    }));
                }
            }
        }
        return tests.stream();
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
    void without_a_valid_token_every_route_but_the_open_ones_is_401() {
        Api anonymous = TestService.as(null);
        Api forged = TestService.as("okoce_forged-token");
        for (ApiRoute route : RouteFixtures.routes()) {
            String path = route.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            // The open routes answer without a token: health and the API document 200, a partner application
            // sent the empty body "{}" 400 (its fields are missing), never 401.
            int expected = route.authenticated() ? 401 : route.method().name().equals("POST") ? 400 : 200;
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
