package id.okoce.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published API document as a checker of answers: every JSON answer a test receives from a
 * documented route must have a status the document lists for that route and a body that its
 * schema for that status accepts (JSON Schema 2020-12, as OpenAPI 3.1 says; records forbid fields
 * they do not describe). A route or status the document does not describe fails the test.
 */
final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, ApiDocument> BY_PORT = new ConcurrentHashMap<>();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode document;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The document the service on {@code port} publishes (read once per port). */
    static ApiDocument of(int port) {
        return BY_PORT.computeIfAbsent(port, p -> {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/openapi.json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new ApiDocument(JSON.readTree(answer.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** The documented operation serving {@code method} on {@code path} (a concrete path, no query), if any. */
    Optional<JsonNode> operation(String method, String path) {
        String[] parts = path.split("/", -1);
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String[] template = entry.getKey().split("/", -1);
            boolean matches = template.length == parts.length;
            for (int i = 0; matches && i < parts.length; i++) {
                matches = template[i].startsWith("{") ? !parts[i].isEmpty() : template[i].equals(parts[i]);
            }
            if (matches && entry.getValue().has(method.toLowerCase(Locale.ROOT))) {
                return Optional.of(entry.getValue().path(method.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /**
     * Checks one answer against the document; returns what is wrong, or empty when it conforms (or
     * is not a JSON answer of a documented route).
     */
    Optional<String> check(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Optional<JsonNode> operation = operation(method, path);
        String type = contentType == null ? "" : contentType.split(";")[0].strip();
        if (operation.isEmpty() || !(type.equals("application/json") || type.equals("application/problem+json"))) {
            return Optional.empty();
        }
        JsonNode response = operation.get().path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return Optional.of(method + " " + path + " answered " + status + ", which the document does not list for it: " + body);
        }
        JsonNode schema = response.path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            return Optional.of(method + " " + path + " answered " + status + " as " + type + ", which the document does not describe");
        }
        Schema validator = compiled.computeIfAbsent(schema.toString(), text -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.setAll((ObjectNode) schema.deepCopy());
            root.set("components", document.path("components"));
            return SCHEMAS.getSchema(root.toString(), InputFormat.JSON);
        });
        List<Error> errors = validator.validate(body, InputFormat.JSON);
        return errors.isEmpty() ? Optional.empty()
                : Optional.of(method + " " + path + " → " + status + " does not match its schema: " + errors + " in " + body);
    }
}
