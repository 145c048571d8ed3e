package id.okoce.adapter.http.api;

import java.util.Map;

/**
 * The one table of what each status the API answers means: the short title a problem carries and
 * the sentence the OpenAPI document gives it.
 */
public final class Statuses {

    /**
     * A status's texts.
     *
     * @param title   the problem's title
     * @param meaning what the API document says of it
     */
    public record Text(String title, String meaning) {
    }

    private static final Map<Integer, Text> TEXTS = Map.ofEntries(
            Map.entry(400, new Text("Invalid input", "Invalid input: errors lists each field with its JSON pointer (or parameter) and code")),
            Map.entry(401, new Text("Not authenticated", "No valid bearer token")),
            Map.entry(403, new Text("Not allowed", "The token's role may not do this (ACCESS_DENIED), or it acts in another province "
                    + "(REGION_OUT_OF_SCOPE)")),
            Map.entry(404, new Text("Not found", "Not found, or of another province: it does not exist for this caller")),
            Map.entry(405, new Text("Method not allowed", "The path does not take this method; Allow lists those it takes")),
            Map.entry(409, new Text("Conflict with the current state", "Conflicts with the current state (e.g. STAGE_ALREADY_DONE, "
                    + "MEMBER_DUPLICATE_NIK)")),
            Map.entry(410, new Text("Gone", "The member's identity and contact data were erased (MEMBER_ERASED): nothing about "
                    + "the person is held any more; or it was merged into another, found to be the same person (MEMBER_MERGED: "
                    + "details.survivorId)")),
            Map.entry(412, new Text("Stale version", "If-Match names a stale version")),
            Map.entry(413, new Text("Body too large", "Body larger than 1 MiB")),
            Map.entry(414, new Text("URI too long", "The request line is too long")),
            Map.entry(415, new Text("Unsupported media type", "The body's media type is not the one this route takes")),
            Map.entry(422, new Text("Refused by a business rule", "Refused by a business rule (e.g. STAGE_UNAVAILABLE_IN_REGION)")),
            Map.entry(428, new Text("Precondition required", "If-Match is required")),
            Map.entry(431, new Text("Request headers too large", "The request headers are too large")),
            Map.entry(503, new Text("Service unavailable", "The database is unavailable or did not answer in time (DATABASE_UNAVAILABLE); "
                    + "retry after Retry-After seconds")));

    private Statuses() {
    }

    /** The texts of {@code status}. */
    public static Text of(int status) {
        Text text = TEXTS.get(status);
        if (text != null) {
            return text;
        }
        return status >= 500 ? new Text("Internal error", "An unexpected failure; the answer quotes a reference for the logs")
                : new Text("Request refused", "Refused");
    }
}
