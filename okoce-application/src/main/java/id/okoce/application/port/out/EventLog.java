package id.okoce.application.port.out;

import id.okoce.domain.event.PublishedEvent;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The network's events, in the order of their ids. A store writes each change's event in the
 * change's own transaction (e.g. an outbox beside the audit entry) and numbers the committed ones
 * so that the ids only grow: a reader that has seen id N never later finds an event below N.
 */
public interface EventLog {

    /**
     * Which events to read.
     *
     * @param types     only these types (all when empty)
     * @param province  only those of this province (all when empty)
     * @param regencies only those of these kabupaten/kota of it, and those of the province that concern no
     *                  kabupaten/kota (a partner, an agreement); all when empty
     */
    record Filter(Set<String> types, Optional<ProvinceCode> province, Set<RegencyCode> regencies) {
        /** Everything. */
        public static Filter all() {
            return new Filter(Set.of(), Optional.empty(), Set.of());
        }
    }

    /** Up to {@code limit} events after id {@code after} matching {@code filter}, in id order. */
    List<PublishedEvent> after(long after, int limit, Filter filter);

    /** The id of the newest event, 0 when none. */
    long newest();

    /** The id of the first event published at or after {@code at}; one above the newest when none. */
    long firstPublishedAt(java.time.Instant at);

    /**
     * Numbers the events committed since the last call (up to {@code max}) and makes them readable;
     * returns how many. Safe to call from several instances at once.
     */
    int publish(int max);

    /** A log that holds nothing, for stores that keep no events. */
    EventLog NONE = new EventLog() {
        @Override
        public List<PublishedEvent> after(long after, int limit, Filter filter) {
            return List.of();
        }

        @Override
        public long newest() {
            return 0;
        }

        @Override
        public long firstPublishedAt(java.time.Instant at) {
            return 1;
        }

        @Override
        public int publish(int max) {
            return 0;
        }
    };
}
