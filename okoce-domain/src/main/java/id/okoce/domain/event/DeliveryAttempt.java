package id.okoce.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt to deliver an event to an endpoint.
 *
 * @param eventId   the event
 * @param at        when it was sent
 * @param status    the HTTP status answered, if one was
 * @param latencyMs how long it took
 * @param error     why it failed, if it did (a status other than 2xx, a timeout, a refused connection…)
 */
public record DeliveryAttempt(long eventId, Instant at, OptionalInt status, long latencyMs, Optional<String> error) {

    /** Checks the parts. */
    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
    }

    /** Whether the receiver took it (a 2xx answer). */
    public boolean delivered() {
        return error.isEmpty() && status.isPresent() && status.getAsInt() / 100 == 2;
    }
}
