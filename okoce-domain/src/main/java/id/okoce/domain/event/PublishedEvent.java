package id.okoce.domain.event;

import id.okoce.domain.region.RegencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as the feed holds it.
 *
 * @param id      its place in the feed, from 1; ids only grow
 * @param event   what happened
 * @param regency the kabupaten/kota it concerns, if any
 */
public record PublishedEvent(long id, NetworkEvent event, Optional<RegencyCode> regency) {

    /** Checks the parts. */
    public PublishedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(regency, "regency");
    }
}
