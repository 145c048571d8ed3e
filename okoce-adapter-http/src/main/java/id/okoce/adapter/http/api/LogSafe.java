package id.okoce.adapter.http.api;

/**
 * Request paths as they may be written to a log or echoed in a problem: every run of ten or more
 * digits (a NIK, a phone number someone placed in a URL) is replaced, so no personal number leaves
 * the service that way. Ids (UUIDs) and member numbers keep their shape.
 */
public final class LogSafe {

    /** Runs of at least this many digits are masked. */
    static final int MASKED_RUN = 10;

    private LogSafe() {
    }

    private static final java.util.regex.Pattern UUID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * A request id as it may be logged: a UUID in canonical lower-case form as it is (its last group is
     * all digits about once in 270 ids, which is no NIK: twelve characters), anything else as {@link #path}.
     */
    public static String requestId(String id) {
        return id != null && UUID.matcher(id).matches() ? id : path(id);
    }

    /** {@code path} with long digit runs replaced by {@code [masked]}. */
    public static String path(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        while (i < path.length()) {
            int end = i;
            while (end < path.length() && path.charAt(end) >= '0' && path.charAt(end) <= '9') {
                end++;
            }
            if (end - i >= MASKED_RUN) {
                if (out == null) {
                    out = new StringBuilder(path.length()).append(path, 0, i);
                }
                out.append("[masked]");
                i = end;
            } else {
                int next = end == i ? i + 1 : end;
                if (out != null) {
                    out.append(path, i, next);
                }
                i = next;
            }
        }
        return out == null ? path : out.toString();
    }
}
