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

    /**
     * {@code path} with long digit runs replaced by {@code [masked]}; a UUID (a member's or a job's id)
     * is kept whole even when its last group happens to be all digits.
     */
    public static String path(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        while (i < path.length()) {
            int uuidEnd = uuidAt(path, i);
            if (uuidEnd > i) {
                if (out != null) {
                    out.append(path, i, uuidEnd);
                }
                i = uuidEnd;
                continue;
            }
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

    /** The end of a canonical UUID starting at {@code i} and not glued to more hex, or {@code i}. */
    private static int uuidAt(String s, int i) {
        int end = i + 36;
        if (end > s.length() || s.charAt(i + 8) != '-' || (i > 0 && isHex(s.charAt(i - 1)))
                || (end < s.length() && isHex(s.charAt(end)))) {
            return i;
        }
        return UUID.matcher(s).region(i, end).matches() ? end : i;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
