package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.adapter.http.HttpApi;
import id.okoce.adapter.http.system.OpenApi;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

/** /openapi.json is OpenAPI 3.1, open to all, and describes every route the server registered. */
class OpenApiTest {

    private final JsonNode doc = TestService.as(null).get("/openapi.json").json();

    @Test
    void every_registered_route_is_in_the_document_and_nothing_else() {
        HttpApi http = TestService.get().service().injector().getInstance(HttpApi.class);
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(http.registeredRoutes()).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(http.registeredRoutes());
    }

    @Test
    void it_is_openapi_3_1_with_bodies_errors_and_resolvable_schemas() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
        JsonNode register = doc.path("paths").path("/api/v1/members").path("post");
        assertThat(register.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/RegisterMemberRequest");
        assertThat(register.path("responses").has("201")).isTrue();
        assertThat(register.path("responses").path("409").path("content").path("application/problem+json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/Problem");
        JsonNode schema = doc.path("components").path("schemas").path("RegisterMemberRequest");
        assertThat(schema.path("required").toString()).contains("nik", "kecamatan", "business");
        assertThat(schema.path("properties").path("nik").path("examples").get(0).asText()).isEqualTo("3171014507900001");
        JsonNode business = doc.path("components").path("schemas").path("RegisterMemberRequest.BusinessRequest");
        assertThat(business.path("required").toString()).doesNotContain("nib");
        assertThat(business.path("properties").path("sector").path("enum")).hasSize(8);
        assertThat(doc.path("paths").path("/health").path("get").path("security")).isEmpty();
        assertThat(doc.path("paths").path("/api/v1/members/{id}/stages").path("post").path("parameters").toString())
                .contains("If-Match", "\"in\":\"path\"");
        String text = doc.toString();
        int from = 0;
        while ((from = text.indexOf("#/components/schemas/", from)) >= 0) {
            int end = text.indexOf('"', from);
            String name = text.substring(from + "#/components/schemas/".length(), end);
            assertThat(doc.path("components").path("schemas").has(name)).as("schema " + name).isTrue();
            from = end;
        }
    }

    @Test
    void the_document_and_the_readme_state_the_one_rule_across_provinces() throws Exception {
        assertThat(doc.path("info").path("description").asText()).contains(OpenApi.ACROSS_PROVINCES);
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md")).replaceAll("\\s+", " "))
                .as("the README's \"Who may do what\" states the rule the role matrix test checks")
                .contains(OpenApi.ACROSS_PROVINCES);
    }

    @Test
    void a_real_openapi_parser_reads_the_document_without_a_single_message() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(TestService.as(null).get("/openapi.json").body(), null, options);
        assertThat(parsed.getMessages()).as("the parser's messages").isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(parsed.getOpenAPI().getPaths()).hasSize(doc.path("paths").size());
    }

    @Test
    void the_answer_checker_refuses_a_field_the_document_does_not_describe_and_an_undocumented_status() {
        ApiDocument document = ApiDocument.of(TestService.get().service().port());
        Api.Response real = TestService.admin().get("/api/v1/financing-products");
        assertThat(document.check("GET", "/api/v1/financing-products", 200, "application/json", real.body())).isEmpty();
        String extra = real.body().replaceFirst("\\{", "{\"undocumented\":1,");
        assertThat(document.check("GET", "/api/v1/financing-products", 200, "application/json", extra)).get().asString()
                .contains("undocumented");
        assertThat(document.check("GET", "/api/v1/financing-products", 418, "application/json", "{}")).get().asString()
                .contains("does not list");
        assertThat(document.check("GET", "/api/v1/members/" + java.util.UUID.randomUUID(), 404, "application/problem+json",
                "{\"type\":\"x\",\"title\":\"t\",\"status\":404,\"detail\":\"d\",\"code\":\"C\"}")).isEmpty();
        assertThat(document.check("GET", "/api/v1/members/" + java.util.UUID.randomUUID(), 404, "application/problem+json",
                "{\"title\":\"t\"}")).as("a problem without its code").isPresent();
    }
}
