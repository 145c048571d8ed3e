package id.okoce.adapter.http.api;

import id.okoce.domain.access.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One route of the API with everything the OpenAPI document says about it. The server registers
 * exactly the routes of the table, and the document is generated from the same table.
 */
public final class ApiRoute {

    private final HandlerType method;
    private final String path;
    private final Handler handler;
    private String summary = "";
    private String tag = "";
    private boolean authenticated = true;
    private final List<Param> params = new ArrayList<>();
    private Class<?> requestBody;
    private String requestMediaType = "application/json";
    private int status = 200;
    private Class<?> responseBody;
    private boolean responseList;
    private String responseMediaType = "application/json";
    private final List<Integer> errors = new ArrayList<>(List.of(400, 401, 403));
    private Set<Role> roles = EnumSet.allOf(Role.class);
    private final List<Integer> alsoReturns = new ArrayList<>();
    private final List<String> alternatives = new java.util.ArrayList<>();

    private ApiRoute(HandlerType method, String path, Handler handler) {
        this.method = Objects.requireNonNull(method);
        this.path = Objects.requireNonNull(path);
        this.handler = Objects.requireNonNull(handler);
    }

    /** A GET route. */
    public static ApiRoute get(String path, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, handler);
    }

    /** A POST route. */
    public static ApiRoute post(String path, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, handler);
    }

    /** A PATCH route. */
    public static ApiRoute patch(String path, Handler handler) {
        return new ApiRoute(HandlerType.PATCH, path, handler);
    }

    /** A DELETE route. */
    public static ApiRoute delete(String path, Handler handler) {
        return new ApiRoute(HandlerType.DELETE, path, handler);
    }

    /** Its one-line summary and tag. */
    public ApiRoute doc(String tagName, String text) {
        this.tag = tagName;
        this.summary = text;
        return this;
    }

    /** Open to everyone: no bearer token needed. */
    public ApiRoute open() {
        this.authenticated = false;
        errors.remove(Integer.valueOf(401));
        errors.remove(Integer.valueOf(403));
        return this;
    }

    /** Only these roles may call it; others get 403 before anything else is looked at. */
    public ApiRoute roles(Role... allowed) {
        this.roles = EnumSet.copyOf(List.of(allowed));
        return this;
    }

    /** Adds parameters. */
    public ApiRoute params(Param... more) {
        params.addAll(List.of(more));
        return this;
    }

    /** Its JSON request body. */
    public ApiRoute body(Class<?> type) {
        this.requestBody = type;
        return this;
    }

    /** A request body of JSON described by {@code type}, sent as {@code mediaType} (e.g. a JSON merge patch). */
    public ApiRoute body(Class<?> type, String mediaType) {
        this.requestBody = type;
        this.requestMediaType = mediaType;
        return this;
    }

    /** A request body of another media type (e.g. text/csv), described as a string. */
    public ApiRoute body(String mediaType) {
        this.requestBody = String.class;
        this.requestMediaType = mediaType;
        return this;
    }

    /** Its success status and JSON body. */
    public ApiRoute returns(int code, Class<?> type) {
        this.status = code;
        this.responseBody = type;
        return this;
    }

    /** Its success status and a JSON array of {@code type}. */
    public ApiRoute returnsList(int code, Class<?> type) {
        returns(code, type);
        this.responseList = true;
        return this;
    }

    /** A success answer of another media type, described as a string. */
    public ApiRoute returns(int code, String mediaType) {
        this.status = code;
        this.responseBody = String.class;
        this.responseMediaType = mediaType;
        return this;
    }

    /** Another media type its success may be asked for in (e.g. text/csv), described as a string. */
    public ApiRoute alsoAs(String mediaType) {
        alternatives.add(mediaType);
        return this;
    }

    /** The other media types of its success answer. */
    public List<String> alternativeMediaTypes() {
        return List.copyOf(alternatives);
    }

    /** Another status it answers with the same body as its success (e.g. health: 503 DOWN). */
    public ApiRoute alsoReturns(int code) {
        alsoReturns.add(code);
        return this;
    }

    /** The other statuses answered with the success body. */
    public List<Integer> alsoReturned() {
        return List.copyOf(alsoReturns);
    }

    /** Further error statuses it may answer. */
    public ApiRoute errors(Integer... codes) {
        for (Integer code : codes) {
            if (!errors.contains(code)) {
                errors.add(code);
            }
        }
        return this;
    }

    /** The method. */
    public HandlerType method() {
        return method;
    }

    /** The path, with {@code {name}} parameters. */
    public String path() {
        return path;
    }

    /** The handler. */
    public Handler handler() {
        return handler;
    }

    /** The summary. */
    public String summary() {
        return summary;
    }

    /** The tag. */
    public String tag() {
        return tag;
    }

    /** The roles that may call it. */
    public Set<Role> roles() {
        return roles;
    }

    /** Whether a bearer token is needed. */
    public boolean authenticated() {
        return authenticated;
    }

    /** The parameters. */
    public List<Param> params() {
        return params;
    }

    /** The request body type, or null. */
    public Class<?> requestBody() {
        return requestBody;
    }

    /** The request media type. */
    public String requestMediaType() {
        return requestMediaType;
    }

    /** The success status. */
    public int status() {
        return status;
    }

    /** The response body type, or null for none. */
    public Class<?> responseBody() {
        return responseBody;
    }

    /** Whether the response is an array of {@link #responseBody()}. */
    public boolean responseList() {
        return responseList;
    }

    /** The response media type. */
    public String responseMediaType() {
        return responseMediaType;
    }

    /**
     * The error statuses: those declared, and those every route of its kind may answer — a body
     * too large or of another media type (413, 415) where it takes a body, a URL too long (414)
     * where it takes parameters in it, headers too large (431) where it takes header parameters,
     * the database unavailable (503) under {@code /api/}.
     */
    public List<Integer> errors() {
        List<Integer> all = new ArrayList<>(errors);
        if (params.stream().anyMatch(p -> !p.in().equals("header")) || path.contains("{")) {
            all.add(414);
        }
        if (params.stream().anyMatch(p -> p.in().equals("header"))) {
            all.add(431);
        }
        if (requestBody != null) {
            all.add(413);
            all.add(415);
        }
        if (path.startsWith("/api/")) {
            all.add(503);
        }
        all.removeAll(alsoReturns);
        return all.stream().distinct().sorted().toList();
    }
}
