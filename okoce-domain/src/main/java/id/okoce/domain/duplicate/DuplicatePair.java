package id.okoce.domain.duplicate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Two members who may be one person, as the review queue holds them.
 *
 * @param id         the pair's id
 * @param first      one member (the earlier-registered of the two, by member id)
 * @param second     the other
 * @param score      the score and its explanation
 * @param status     open, or how it was resolved
 * @param foundBy    what found it: {@code REGISTRATION}, {@code CONFIRMED_AT_REGISTRATION} or {@code SCAN}
 * @param foundAt    when
 * @param resolution who resolved it, when and why, once resolved
 */
public record DuplicatePair(long id, KnownPerson first, KnownPerson second, DuplicateScore score, Status status, String foundBy,
                            Instant foundAt, Optional<Resolution> resolution) {

    /** Where a pair stands. */
    public enum Status {
        /** Waiting for review. */
        OPEN,
        /** Two people: never proposed again. */
        DISTINCT
    }

    /**
     * How a pair was resolved.
     *
     * @param at     when
     * @param by     who (a label, as the audit trail names actors)
     * @param reason why, as given
     */
    public record Resolution(Instant at, String by, Optional<String> reason) {
    }

    /** Checks the parts. */
    public DuplicatePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(foundBy, "foundBy");
        Objects.requireNonNull(foundAt, "foundAt");
        Objects.requireNonNull(resolution, "resolution");
    }
}
