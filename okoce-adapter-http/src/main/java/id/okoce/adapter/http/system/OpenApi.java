package id.okoce.adapter.http.system;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Json;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Problem;
import id.okoce.adapter.http.api.Statuses;
import id.okoce.adapter.http.api.WireNames;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Generates the OpenAPI 3.1 document from the route table the server runs, and the JSON schemas
 * from the request and response records themselves, so the document cannot drift from the code.
 */
public final class OpenApi {

    /** The rule for a caller confined to one province, as the role matrix test checks it. */
    public static final String ACROSS_PROVINCES = "Across provinces: reading an object of another province answers 404 "
            + "(it does not exist for the caller); acting in another province (registering a member there, asking for its "
            + "report) answers 403 REGION_OUT_OF_SCOPE.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    private OpenApi() {
    }

    /** The document for {@code routes}, as JSON text. */
    public static String document(List<ApiRoute> routes, String version) {
        return Json.write(new OpenApi().build(routes, version));
    }

    private ObjectNode build(List<ApiRoute> routes, String version) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "OK OCE Network API");
        info.put("version", version);
        info.put("description", "The OK OCE entrepreneurship network: partners, members and their 7PAS stages, financing "
                + "eligibility and reports. Errors are RFC 9457 problem details (application/problem+json) with a stable code. "
                + "NIKs are always masked in responses. " + ACROSS_PROVINCES);
        doc.putArray("servers").addObject().put("url", "/").put("description", "this service");
        doc.putArray("security").addObject().putArray("bearer");
        ObjectNode paths = doc.putObject("paths");
        for (ApiRoute route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        ObjectNode language = components.putObject("parameters").putObject("AcceptLanguage");
        language.put("name", "Accept-Language");
        language.put("in", "header");
        language.put("required", false);
        language.put("description", "The language of the human text in problems (title, detail, each error's message): id "
                + "(Bahasa Indonesia, the default) or en (English), by the usual q-values. Codes, types and pointers never "
                + "change. The answer names its language in Content-Language and carries Vary: Accept-Language.");
        ObjectNode languageSchema = language.putObject("schema");
        languageSchema.put("type", "string");
        languageSchema.putArray("examples").add("id").add("en").add("en-US,en;q=0.9,id;q=0.8");
        schema(Problem.class);
        ObjectNode componentSchemas = components.putObject("schemas");
        schemas.forEach(componentSchemas::set);
        return doc;
    }

    private ObjectNode operation(ApiRoute route) {
        ObjectNode op = NODES.objectNode();
        op.put("summary", route.summary());
        op.put("operationId", route.method().name().toLowerCase(Locale.ROOT) + route.path()
                .replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_"));
        op.putArray("tags").add(route.tag());
        if (!route.authenticated()) {
            op.putArray("security");
        } else {
            ArrayNode roles = op.putArray("x-roles");
            route.roles().forEach(r -> roles.add(r.name()));
            op.put("description", "Roles: " + route.roles().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + ". A partner sees its own area only (its province, or its kabupaten/kota); anything else answers 404 as if it did not exist.");
        }
        ArrayNode params = op.putArray("parameters");
        params.addObject().put("$ref", "#/components/parameters/AcceptLanguage");
        for (Param p : route.params()) {
            ObjectNode param = params.addObject();
            param.put("name", p.name());
            param.put("in", p.in());
            param.put("required", p.required());
            param.put("description", p.description());
            ObjectNode schema = param.putObject("schema");
            schema.put("type", p.type());
            if (!p.format().isEmpty()) {
                schema.put("format", p.format());
            }
            if (p.allowed().length > 0) {
                ArrayNode values = schema.putArray("enum");
                for (String v : p.allowed()) {
                    values.add(v);
                }
            }
        }
        if (route.requestBody() != null) {
            ObjectNode body = op.putObject("requestBody");
            body.put("required", true);
            body.putObject("content").putObject(route.requestMediaType()).set("schema", typeSchema(route.requestBody(), route.requestBody()));
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(route.status()));
        ok.put("description", route.status() == 201 ? "Created" : route.status() == 204 ? "Done, no content" : "OK");
        if (route.responseBody() != null) {
            ObjectNode schema = route.responseBody() == String.class && route.responseMediaType().equals("application/json")
                    ? NODES.objectNode().put("type", "object") : typeSchema(route.responseBody(), route.responseBody());
            if (route.responseList()) {
                ObjectNode array = NODES.objectNode();
                array.put("type", "array");
                array.set("items", schema);
                schema = array;
            }
            ObjectNode content = ok.putObject("content");
            content.putObject(route.responseMediaType()).set("schema", schema);
            for (String alternative : route.alternativeMediaTypes()) {
                content.putObject(alternative).set("schema", NODES.objectNode().put("type", "string"));
            }
        }
        for (Integer status : route.alsoReturned()) {
            ObjectNode same = responses.putObject(Integer.toString(status));
            same.put("description", Statuses.of(status).meaning());
            same.set("content", ok.path("content").deepCopy());
        }
        for (Integer status : route.errors()) {
            ObjectNode error = responses.putObject(Integer.toString(status));
            error.put("description", Statuses.of(status).meaning());
            error.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
        return op;
    }

    private ObjectNode typeSchema(Type type, Class<?> raw) {
        ObjectNode s = NODES.objectNode();
        if (raw == String.class) {
            s.put("type", "string");
        } else if (raw == UUID.class) {
            s.put("type", "string");
            s.put("format", "uuid");
        } else if (raw == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
        } else if (raw == Instant.class) {
            s.put("type", "string");
            s.put("format", "date-time");
        } else if (raw == long.class || raw == Long.class) {
            s.put("type", "integer");
            s.put("format", "int64");
        } else if (raw == int.class || raw == Integer.class) {
            s.put("type", "integer");
            s.put("format", "int32");
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw == BigDecimal.class) {
            s.put("type", "number");
        } else if (raw == double.class || raw == Double.class) {
            s.put("type", "number");
            s.put("format", "double");
        } else if (List.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            s.set("items", typeSchema(item, rawClass(item)));
        } else if (Map.class.isAssignableFrom(raw)) {
            s.put("type", "object");
            s.putObject("additionalProperties").put("type", "string");
        } else if (raw.isRecord()) {
            s.put("$ref", "#/components/schemas/" + schema(raw));
        } else {
            throw new IllegalArgumentException("no JSON schema for " + raw);
        }
        return s;
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private String schema(Class<?> record) {
        String name = record.getName().substring(record.getPackageName().length() + 1).replace('$', '.');
        if (schemas.containsKey(name)) {
            return name;
        }
        ObjectNode s = NODES.objectNode();
        schemas.put(name, s);
        s.put("type", "object");
        s.put("additionalProperties", false);
        ObjectNode properties = s.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            ApiField doc = c.getAnnotation(ApiField.class);
            ObjectNode property = typeSchema(c.getGenericType(), c.getType());
            if (doc != null) {
                if (!doc.value().isEmpty()) {
                    property.put("description", doc.value());
                }
                if (!doc.format().isEmpty() && !property.has("$ref")) {
                    property.put("format", doc.format());
                }
                if (!doc.example().isEmpty()) {
                    ArrayNode examples = property.putArray("examples");
                    String type = property.path("type").asText();
                    if (type.equals("integer")) {
                        examples.add(Long.parseLong(doc.example()));
                    } else if (type.equals("boolean")) {
                        examples.add(Boolean.parseBoolean(doc.example()));
                    } else if (type.equals("array")) {
                        examples.add(arrayExample(doc.example()));
                    } else {
                        examples.add(doc.example());
                    }
                }
                List<String> allowed = doc.allowedFrom() != ApiField.NoEnum.class ? WireNames.all(doc.allowedFrom())
                        : List.of(doc.allowed());
                if (!allowed.isEmpty()) {
                    ArrayNode values = property.has("items") ? ((ObjectNode) property.get("items")).putArray("enum")
                            : property.putArray("enum");
                    allowed.forEach(values::add);
                }
            }
            if (doc != null && doc.optional()) {
                property = nullable(property);
            } else {
                required.add(c.getName());
            }
            properties.set(c.getName(), property);
        }
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        return name;
    }

    private static ObjectNode nullable(ObjectNode property) {
        if (property.has("$ref")) {
            ObjectNode any = NODES.objectNode();
            ArrayNode options = any.putArray("anyOf");
            options.add(property);
            options.addObject().put("type", "null");
            return any;
        }
        ArrayNode types = NODES.arrayNode();
        types.add(property.get("type").asText());
        types.add("null");
        property.set("type", types);
        return property;
    }

    /** An example list written as JSON text, e.g. {@code ["32.73"]}. */
    private static ArrayNode arrayExample(String json) {
        try {
            return (ArrayNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException | ClassCastException e) {
            throw new IllegalArgumentException("an example of a list must be a JSON array: " + json, e);
        }
    }
}
