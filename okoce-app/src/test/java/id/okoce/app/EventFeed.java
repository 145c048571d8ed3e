package id.okoce.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reading the event feed in tests: where it ends now, and what came after, once it has come. */
final class EventFeed {

    private EventFeed() {
    }

    /** The id of the newest event the hub sees: read on after it to see only what a test does. */
    static long newest(Api hub) {
        long after = 0;
        while (true) {
            JsonNode page = hub.get("/api/v1/events?limit=1000&after=" + after).json();
            if (page.path("events").isEmpty()) {
                return after;
            }
            after = page.path("next").asLong();
        }
    }

    /**
     * The events after {@code after} as {@code api} sees them ({@code query} added to each page's
     * request), once they satisfy {@code until} (waiting up to 10 s: the publisher moves committed
     * events into the feed a moment after their commit); what came by then otherwise.
     */
    static List<JsonNode> after(Api api, long after, String query, Predicate<List<JsonNode>> until) throws InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.clear();
            long from = after;
            while (true) {
                JsonNode page = api.get("/api/v1/events?limit=1000&after=" + from + query).json();
                page.path("events").forEach(events::add);
                if (page.path("events").isEmpty()) {
                    break;
                }
                from = page.path("next").asLong();
            }
            if (until.test(events)) {
                return events;
            }
            Thread.sleep(50);
        }
        return events;
    }

    /** Whether {@code events} hold one of {@code type} about {@code objectId}. */
    static boolean has(List<JsonNode> events, String type, String objectId) {
        return events.stream().anyMatch(e -> e.path("type").asText().equals(type) && e.path("objectId").asText().equals(objectId));
    }
}
