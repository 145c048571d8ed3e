package id.okoce.adapter.http.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors that the HTTP server raises itself, before any route runs (a request line or
 * headers too large, a malformed request, a body the server refuses), as problem details like
 * every other refusal, instead of the server's HTML page.
 */
public final class JettyProblems extends ErrorHandler {

    /**
     * The path of the request the server makes up for a message it could not parse. It closes the
     * connection after answering one, so the answer says {@code Connection: close}: a client that
     * is not told would send its next request on a closed connection.
     */
    private static final String BAD_MESSAGE = "/badMessage";

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        Object message = request.getAttribute(ERROR_MESSAGE);
        String path = request.getHttpURI().getPath();
        String detail = status == 404 ? Problems.routeNotFound(request.getMethod(), path) : detail(status, message);
        byte[] body = Problems.body(status, Problems.codeOf(status), detail, LogSafe.path(path)).getBytes(StandardCharsets.UTF_8);
        headers(response.getHeaders());
        if (BAD_MESSAGE.equals(path)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(Problems.body(status, Problems.codeOf(status), detail(status, reason), null).getBytes(StandardCharsets.UTF_8));
    }

    private static void headers(HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE));
        fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
        fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
    }

    private static String detail(int status, Object message) {
        return switch (status) {
            case 400 -> "the request is not well-formed HTTP" + (message == null ? "" : " (" + message + ")");
            case 413 -> "the body is larger than 1 MiB";
            case 414 -> "the request line (the URL) is too long";
            case 431 -> "the request headers are too large";
            default -> message == null ? "the request cannot be served" : message.toString();
        };
    }
}
