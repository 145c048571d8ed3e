package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Param;
import id.okoce.domain.testdata.Niks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL cannot store a NUL character: a NUL sent in any text field of any route's body, in
 * any query parameter, or in any column of an imported row is refused as that field's error
 * (400, problem details naming it) — never a 500, never a failed import job.
 */
class NulCharacterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RouteFixtures fixtures;

    @BeforeAll
    static void network() {
        fixtures = new RouteFixtures();
    }

    /** Every text value of {@code node} with its JSON pointer, each given to {@code visit} with a way to replace it. */
    private static void texts(JsonNode node, String pointer, List<String> found) {
        if (node.isTextual()) {
            found.add(pointer);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> texts(e.getValue(), pointer + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    private static JsonNode withNul(JsonNode body, String pointer) {
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        String value = copy.at(pointer).asText();
        TextNode poisoned = TextNode.valueOf(value.substring(0, value.length() / 2) + "\u0000" + value.substring(value.length() / 2));
        if (parent instanceof ObjectNode object) {
            object.set(last, poisoned);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), poisoned);
        }
        return copy;
    }

    private static void assertRefused(Api.Response response, String what, Consumer<JsonNode> errors) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
        errors.accept(response.json().path("errors"));
    }

    @TestFactory
    Stream<DynamicTest> a_nul_in_any_text_field_of_any_body_is_that_fields_error() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiRoute route : RouteFixtures.routes()) {
            if (route.requestBody() == null || !route.requestMediaType().equals("application/json")) {
                continue;
            }
            RouteFixtures.Fixture fixture = fixtures.of(route);
            JsonNode sample = JSON.readTree(fixture.maker().make(RouteFixtures.Caller.HUB, RouteFixtures.Target.OWN).body());
            List<String> pointers = new ArrayList<>();
            texts(sample, "", pointers);
            assertThat(pointers).as(route.path() + " has text fields to try").isNotEmpty();
            for (String pointer : pointers) {
                tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " " + pointer, () -> {
                    RouteFixtures.Call valid = fixture.maker().make(RouteFixtures.Caller.HUB, RouteFixtures.Target.OWN);
                    JsonNode body = withNul(JSON.readTree(valid.body()), pointer);
                    Api.Response response = new RouteFixtures.Call(valid.method(), valid.path(), JSON.writeValueAsString(body),
                            valid.headers()).send(fixtures.api(RouteFixtures.Caller.HUB));
                    assertRefused(response, pointer, errors -> assertThat(errors.findValuesAsText("pointer")).contains(pointer));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_nul_in_any_query_parameter_is_that_parameters_error() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiRoute route : RouteFixtures.routes()) {
            RouteFixtures.Fixture fixture = fixtures.of(route);
            for (Param param : route.params()) {
                if (!param.in().equals("query")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " ?" + param.name(), () -> {
                    RouteFixtures.Call valid = fixture.maker().make(RouteFixtures.Caller.HUB, RouteFixtures.Target.OWN);
                    String path = valid.path().replaceAll("([?&])" + param.name() + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
                    path += (path.contains("?") ? "&" : "?") + param.name() + "=a%00b";
                    Api.Response response = new RouteFixtures.Call(valid.method(), path, valid.body(), valid.headers())
                            .send(fixtures.api(RouteFixtures.Caller.HUB));
                    assertRefused(response, param.name(), errors -> assertThat(errors.findValuesAsText("parameter"))
                            .contains(param.name()));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void a_nul_in_any_column_of_an_imported_row_refuses_that_row_only() throws Exception {
        String header = "nik,full_name,phone,kecamatan,business_name,sector,business_started_on,nib,registered_on,p2_on,p2_certificate,"
                + "p3_on,p4_on,p4_licence_type,p4_licence_number,p5_on,p6_on,p7_on,p7_reference";
        String[] columns = header.split(",");
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (String column : columns) {
            String[] row = {Niks.random(), "Dewi Lestari", "081234567890", "31.71.01", "Toko Dewi", "JASA", "2017-01-01", "",
                    "2018-09-10", "2018-10-01", "SERT-1", "2018-10-02", "", "", "", "", "", "", ""};
            int i = List.of(columns).indexOf(column);
            row[i] = row[i].isEmpty() ? "x\u0000" : row[i].substring(0, 2) + "\u0000" + row[i].substring(2);
            csv.append(String.join(",", row)).append('\n');
        }
        csv.append(Niks.random()).append(",Good Row,081234567890,31.71.01,Toko,JASA,2017-01-01,,2018-09-10,,,,,,,,,,\n");
        Api hub = fixtures.api(RouteFixtures.Caller.HUB);
        Api.Response started = hub.postBytes("/api/v1/imports/members?mode=per-row&fileName=nul.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().path("id").asText();
        JsonNode done = Network.importFinished(hub, job);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.path("rows").asLong()).isEqualTo(columns.length + 1);
        assertThat(done.path("inserted").asLong()).as("the good row is imported").isEqualTo(1);
        String errors = hub.get("/api/v1/imports/" + job + "/errors").body();
        for (String column : columns) {
            assertThat(errors).as("the row with a NUL in " + column + " is refused naming it").contains("column " + column + " ");
        }
    }
}
