package id.okoce.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code first}, doubling each time up to {@code longest},
 * until the endpoint has been failing for {@code giveUpAfter} (about three days by default), when it
 * is disabled.
 *
 * @param first       the wait after the first failure
 * @param longest     the longest wait between two attempts
 * @param giveUpAfter how long an endpoint may keep failing before it is disabled
 */
public record DeliveryBackoff(Duration first, Duration longest, Duration giveUpAfter) {

    /** Five seconds, doubling up to eight hours, for three days. */
    public static final DeliveryBackoff STANDARD = new DeliveryBackoff(Duration.ofSeconds(5), Duration.ofHours(8), Duration.ofDays(3));

    /** Checks the parts. */
    public DeliveryBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 < first <= longest and first <= giveUpAfter");
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration wait(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /**
     * When to try again after the {@code failures}-th failure in a row at {@code now}, for an endpoint
     * failing since {@code failingSince}; empty when it has failed long enough to be disabled.
     */
    public Optional<Instant> next(Instant failingSince, int failures, Instant now) {
        if (!now.isBefore(failingSince.plus(giveUpAfter))) {
            return Optional.empty();
        }
        return Optional.of(now.plus(wait(failures)));
    }
}
