package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A property over every route of the published API document: whatever a client sends — values of
 * the documented types and of every other type, missing and unknown fields, huge and negative
 * numbers, control characters, ids that exist and ids that do not, stale and malformed If-Match —
 * the service never answers 5xx, and every refusal is problem details with a stable code.
 * Requests are built from {@code /openapi.json} itself, so a new route is fuzzed the day it is
 * documented.
 */
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NASTY = {"", " ", "\u0000", "a\u0000b", "'; DROP TABLE members; --", "%00", "\u202e", "🙂",
        "\uFFFF", "\n", "x".repeat(5000), "null", "-1", "9999999999999999999999", "1e309", "2018-02-30", "OKOCE-31-0000001",
        "P9", "../../etc/passwd", "<script>", "31.71.01", "3171014507900001"};

    private static JsonNode document;
    private static List<Operation> operations;
    private static List<String> knownIds;
    private static Map<String, Api> callers;

    /** One documented operation. */
    private record Operation(String method, String path, JsonNode spec) {
    }

    @BeforeAll
    static void readTheDocument() throws Exception {
        Api hub = TestService.admin();
        document = JSON.readTree(TestService.as(null).get("/openapi.json").body());
        operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()))));
        Network network = new Network();
        String partner = network.validatedPartner("32").path("id").asText();
        knownIds = List.of(Network.member(hub, "31.71.01").path("id").asText(), partner,
                Network.member(hub, "31.71.01").path("id").asText());
        callers = Map.of("hub", hub, "partner", TestService.as(network.partnerToken(partner)),
                "bank", TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}")));
    }

    /** The request sent before the current one (for a connection its answer closed). */
    private static String previous = "none";

    @Test
    void no_request_built_from_the_document_gets_a_5xx_and_every_refusal_is_a_problem() {
        qt().withExamples(600).withShrinkCycles(30)
                .forAll(integers().between(0, operations.size() - 1), longs().all())
                .checkAssert((index, seed) -> {
                    Operation op = operations.get(index);
                    Random random = new Random(seed);
                    Api api = switch (random.nextInt(4)) {
                        case 0 -> callers.get("partner");
                        case 1 -> callers.get("bank");
                        default -> callers.get("hub");
                    };
                    String path = path(op, random);
                    String body = body(op, random);
                    List<String> headers = headers(op, random);
                    Api.Response response;
                    try {
                        response = api.send(op.method(), path, body, headers.toArray(new String[0]));
                    } catch (RuntimeException failure) {
                        throw new AssertionError("no answer to " + op.method() + " " + path + " " + headers + " "
                                + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body)
                                + " (the request before: " + previous + ")", failure);
                    }
                    previous = op.method() + " " + path + " " + headers + " " + (body == null ? "" : body.length() > 200
                            ? body.substring(0, 200) + "… (" + body.length() + " chars)" : body) + " → " + response.status()
                            + " " + response.header("Connection").orElse("");
                    String what = op.method() + " " + path + " " + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body)
                            + " → " + response.status() + " " + response.body();
                    assertThat(response.status()).as(what).isLessThan(500);
                    if (response.status() >= 400) {
                        assertThat(response.header("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
                        assertThat(response.json().path("code").asText()).as(what).isNotBlank();
                        assertThat(response.json().path("status").asInt()).as(what).isEqualTo(response.status());
                    }
                });
    }

    private static String path(Operation op, Random random) {
        StringBuilder path = new StringBuilder();
        for (String part : op.path().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            path.append('/');
            if (part.startsWith("{")) {
                int pick = random.nextInt(4);
                path.append(pick == 0 ? UUID.randomUUID().toString() : pick == 1 ? knownIds.get(random.nextInt(knownIds.size()))
                        : pick == 2 ? encode(NASTY[random.nextInt(NASTY.length)]) : "not-a-uuid");
            } else {
                path.append(part);
            }
        }
        List<String> query = new ArrayList<>();
        for (JsonNode param : op.spec().path("parameters")) {
            if (param.path("in").asText().equals("query") && (param.path("required").asBoolean() || random.nextInt(3) > 0)) {
                query.add(param.path("name").asText() + "=" + encode(scalar(param.path("schema"), random).asText()));
            }
        }
        if (random.nextInt(10) == 0) {
            query.add("unknown=" + encode(NASTY[random.nextInt(NASTY.length)]));
        }
        return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> headers(Operation op, Random random) {
        List<String> headers = new ArrayList<>();
        for (JsonNode param : op.spec().path("parameters")) {
            if (param.path("in").asText().equals("header") && random.nextInt(4) > 0) {
                String name = param.path("name").asText();
                String[] values = name.equals("If-Match") ? new String[] {"\"1\"", "*", "W/\"2\"", "\"abc\"", "1", "\"99999999999999999999\""}
                        : new String[] {UUID.randomUUID().toString(), "k", "x".repeat(300), "ключ"};
                String value = values[random.nextInt(values.length)];
                if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                    headers.add(name);
                    headers.add(value);
                }
            }
        }
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.has("text/csv")) {
            headers.add("Content-Type");
            headers.add(random.nextBoolean() ? "text/csv" : "application/octet-stream");
        }
        return headers;
    }

    private static String body(Operation op, Random random) {
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.has("text/csv")) {
            return random.nextBoolean() ? "nik,full_name\n" + NASTY[random.nextInt(NASTY.length)] + "\n"
                    : "nik,full_name,phone,kecamatan,business_name,sector,business_started_on,nib,registered_on,p2_on,p2_certificate,"
                    + "p3_on,p4_on,p4_licence_type,p4_licence_number,p5_on,p6_on,p7_on,p7_reference\n"
                    + String.join(",", java.util.Collections.nCopies(19, NASTY[random.nextInt(NASTY.length)].replace(",", ""))) + "\n";
        }
        JsonNode schema = content.path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return random.nextInt(5) == 0 ? "{\"unexpected\":true}" : null;
        }
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[]";
            case 3 -> "\"text\"";
            case 4 -> "{\"a\":1,\"a\":2}";
            default -> value(schema, random, 0).toString();
        };
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        if (schema.has("anyOf")) {
            return schema.path("anyOf").get(0).has("$ref") ? resolve(schema.path("anyOf").get(0)) : schema.path("anyOf").get(0);
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? type.get(0).asText() : type.asText();
    }

    /** A value for {@code schema}: mostly of its type and valid-looking, sometimes of any other kind. */
    private static JsonNode value(JsonNode raw, Random random, int depth) {
        JsonNode schema = resolve(raw);
        if (random.nextInt(8) == 0 || depth > 4) {
            return wrongKind(random);
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (random.nextInt(10) > 0) {
                        object.set(property.getKey(), value(property.getValue(), random, depth + 1));
                    }
                }
                if (random.nextInt(10) == 0) {
                    object.put("unknownField", NASTY[random.nextInt(NASTY.length)]);
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(schema.path("items"), random, depth + 1));
                }
                return array;
            }
            default -> {
                return scalar(schema, random);
            }
        }
    }

    private static JsonNode scalar(JsonNode schema, Random random) {
        JsonNode values = schema.path("enum");
        if (values.isArray() && values.size() > 0 && random.nextInt(3) > 0) {
            return values.get(random.nextInt(values.size()));
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0 && random.nextBoolean()) {
            return examples.get(0);
        }
        return switch (type(schema)) {
            case "integer" -> switch (random.nextInt(5)) {
                case 0 -> NODES.numberNode(random.nextInt(1000));
                case 1 -> NODES.numberNode(-random.nextLong());
                case 2 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999"));
                case 3 -> NODES.numberNode(1.5);
                default -> NODES.numberNode(random.nextLong());
            };
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "number" -> NODES.numberNode(random.nextDouble() * 1e12);
            default -> "date".equals(schema.path("format").asText()) && random.nextBoolean()
                    ? NODES.textNode(java.time.LocalDate.of(2010, 1, 1).plusDays(random.nextInt(6000)).toString())
                    : "uuid".equals(schema.path("format").asText()) && random.nextBoolean()
                    ? NODES.textNode(random.nextBoolean() ? UUID.randomUUID().toString() : knownIds.get(random.nextInt(knownIds.size())))
                    : NODES.textNode(NASTY[random.nextInt(NASTY.length)]);
        };
    }

    private static JsonNode wrongKind(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.textNode(NASTY[random.nextInt(NASTY.length)]);
            case 4 -> NODES.arrayNode().add(1).add("x");
            case 5 -> NODES.objectNode().put("x", 1);
            default -> NODES.numberNode(new java.math.BigDecimal("1e400"));
        };
    }
}
