package id.okoce.adapter.http.event;

import id.okoce.adapter.http.api.Json;
import id.okoce.domain.event.PublishedEvent;
import java.time.Instant;

/**
 * The body a webhook delivery POSTs, as the Standard Webhooks specification suggests:
 * {@code {"type", "timestamp", "data"}}, the data the same event the feed answers.
 *
 * @param type      what happened
 * @param timestamp when
 * @param data      the event as {@code GET /api/v1/events} shows it
 */
public record WebhookMessage(String type, Instant timestamp, EventRoutes.Event data) {

    /** The bytes sent (and signed) for {@code event}. */
    public static byte[] body(PublishedEvent event) {
        return Json.bytes(new WebhookMessage(event.event().type(), event.event().at(), EventRoutes.Event.of(event)));
    }
}
