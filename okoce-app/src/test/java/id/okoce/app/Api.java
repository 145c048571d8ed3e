package id.okoce.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the tests: real requests over a socket, JSON in and out. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String token;

    Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /**
     * A response.
     *
     * @param status  the status
     * @param body    the body as text
     * @param headers the headers
     */
    public record Response(int status, String body, HttpHeaders headers) {

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** A header, if present. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The problem code of an error answer. */
        public String code() {
            return json().path("code").asText();
        }
    }

    /** GET. */
    public Response get(String path) {
        return send("GET", path, null);
    }

    /** POST with a JSON body. */
    public Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    /** DELETE. */
    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** POST of raw bytes with a content type. */
    public Response postBytes(String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return conforming("POST", path, new Response(response.statusCode(), response.body(), response.headers()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Any request, with header name/value pairs. Asks for English unless an {@code Accept-Language}
     * is given (an empty one sends none, to see the default).
     */
    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean typed = false;
        boolean language = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
            language |= headers[i].equalsIgnoreCase("Accept-Language");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (!language) {
            request.header("Accept-Language", "en");
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (!headers[i + 1].isEmpty() || !headers[i].equalsIgnoreCase("Accept-Language")) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return conforming(method, path, new Response(response.statusCode(), response.body(), response.headers()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code response}, once checked against the API document (a route's answer it does not describe fails the test). */
    private Response conforming(String method, String path, Response response) {
        ApiDocument.of(port).check(method, path, response.status(), response.header("Content-Type").orElse(null), response.body())
                .ifPresent(problem -> {
                    throw new AssertionError("the answer does not conform to /openapi.json: " + problem);
                });
        return response;
    }
}
