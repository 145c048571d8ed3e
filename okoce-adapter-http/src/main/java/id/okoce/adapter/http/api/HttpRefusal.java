package id.okoce.adapter.http.api;

/** A refusal that only HTTP knows: no credentials, a missing precondition, a reused idempotency key, a body too large. */
public class HttpRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusals, each with its status and stable code. */
    public enum Kind {
        /** No valid bearer token. */
        UNAUTHENTICATED(401),
        /** A state-changing call without If-Match. */
        PRECONDITION_REQUIRED(428),
        /** A body over 1 MiB. */
        PAYLOAD_TOO_LARGE(413),
        /** No such route. */
        ROUTE_NOT_FOUND(404),
        /** The route exists but not for this method. */
        METHOD_NOT_ALLOWED(405),
        /** The body is not JSON. */
        UNSUPPORTED_MEDIA_TYPE(415),
        /** Not well-formed HTTP (refused by the server before any route). */
        REQUEST_MALFORMED(400),
        /** The request line is too long. */
        URI_TOO_LONG(414),
        /** The request headers are too large. */
        HEADERS_TOO_LARGE(431);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;

    /** A refusal of this kind. */
    public HttpRefusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Its kind. */
    public Kind kind() {
        return kind;
    }
}
