package id.okoce.application.port.in.duplicate;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.duplicate.DuplicatePair;
import java.util.List;
import java.util.Optional;

/**
 * Review the pairs of members who may be one person: the hub all of them, a partner those wholly in
 * its area (both members living there).
 */
public interface ReviewDuplicatesUseCase {

    /** The most this use case hands out at once. */
    int MAX_PAGE = 200;

    /**
     * The open pairs the actor may review, highest score first, after the pair with id {@code after}
     * (the last of the previous page), only those of {@code member} when given; reading them is
     * recorded as a read of both members.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for a bank;
     *         {@code DUPLICATE_PAIR_NOT_FOUND} for an unknown {@code after}
     */
    Revealed<List<DuplicatePair>> open(Actor actor, Optional<MemberId> member, int limit, Optional<Long> after);

    /** The thresholds in force: what makes a pair's score a likely duplicate or one for review. */
    DuplicateScore.Thresholds thresholds();

    /**
     * One pair, open or resolved.
     *
     * @throws id.okoce.domain.shared.DomainException {@code DUPLICATE_PAIR_NOT_FOUND} when there is no
     *         such pair within the actor's reach
     */
    Revealed<DuplicatePair> pair(Actor actor, long id);

    /**
     * Resolves an open pair as two people: it is never proposed again. Recorded in the audit trail.
     *
     * @throws id.okoce.domain.shared.DomainException {@code DUPLICATE_PAIR_NOT_FOUND};
     *         {@code DUPLICATE_PAIR_RESOLVED} when it was resolved already; {@code REASON_INVALID}
     */
    DuplicatePair resolveDistinct(Actor actor, long id, Optional<String> reason);
}
