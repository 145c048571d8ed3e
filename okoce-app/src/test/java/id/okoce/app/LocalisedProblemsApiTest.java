package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Problems speak the caller's language — Indonesian unless it asks for English — and nothing but
 * the sentences changes: codes, types, pointers and statuses are the same in both.
 */
class LocalisedProblemsApiTest {

    private final Api hub = TestService.admin();
    private static final String BAD = Bodies.member("31.71.01", "123", People.name(), "0812");

    private Api.Response post(String language) {
        return hub.post("/api/v1/members", BAD, "Accept-Language", language);
    }

    @Test
    void indonesian_by_default_english_on_request_and_only_the_sentences_change() {
        Api.Response indonesian = post("");
        Api.Response english = post("en-GB,en;q=0.9");
        Api.Response french = post("fr-FR");

        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(indonesian.header("Content-Language")).contains("id");
        assertThat(english.header("Content-Language")).contains("en");
        assertThat(french.header("Content-Language")).as("a language not served: Indonesian").contains("id");
        assertThat(indonesian.header("Vary").orElseThrow()).contains("Accept-Language");

        JsonNode id = indonesian.json();
        JsonNode en = english.json();
        assertThat(id.path("title").asText()).isEqualTo("Masukan tidak sah");
        assertThat(en.path("title").asText()).isEqualTo("Invalid input");
        assertThat(id.path("detail").asText()).isNotEqualTo(en.path("detail").asText());
        assertThat(id.path("code")).isEqualTo(en.path("code"));
        assertThat(id.path("type")).isEqualTo(en.path("type"));
        assertThat(id.path("errors").size()).isEqualTo(en.path("errors").size()).isPositive();
        for (int i = 0; i < id.path("errors").size(); i++) {
            JsonNode a = id.path("errors").get(i);
            JsonNode b = en.path("errors").get(i);
            assertThat(a.path("pointer")).isEqualTo(b.path("pointer"));
            assertThat(a.path("code")).isEqualTo(b.path("code"));
            assertThat(a.path("message").asText()).isNotBlank().isNotEqualTo(b.path("message").asText());
        }
        assertThat(id.toString()).contains("NIK harus tepat 16 karakter.");
    }

    @Test
    void refusals_outside_the_routes_speak_too_and_keep_their_facts() {
        Api.Response none = hub.send("GET", "/api/v1/nothing-here", null, "Accept-Language", "id");
        assertThat(none.json().path("detail").asText()).isEqualTo("Rute ini tidak ada: GET /api/v1/nothing-here.");
        Api.Response english = hub.send("GET", "/api/v1/nothing-here", null, "Accept-Language", "en");
        assertThat(english.json().path("detail").asText()).isEqualTo("no such route: GET /api/v1/nothing-here");
        Api.Response method = hub.send("PUT", "/api/v1/members", "{}", "Accept-Language", "id");
        assertThat(method.json().path("detail").asText()).startsWith("Metode ini tidak dilayani di sini; gunakan ").contains("GET");
    }

    @Test
    void the_api_document_names_the_parameter_on_every_operation() {
        JsonNode doc = hub.get("/openapi.json").json();
        assertThat(doc.path("components").path("parameters").path("AcceptLanguage").path("name").asText()).isEqualTo("Accept-Language");
        doc.path("paths").forEach(path -> path.forEach(operation -> assertThat(operation.path("parameters").toString())
                .contains("#/components/parameters/AcceptLanguage")));
    }
}
