package id.okoce.application.port.in.duplicate;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MergedMember;
import id.okoce.domain.stage.Stage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * A merge done: the survivor as it is now, the member closed, what the survivor gained.
     *
     * @param survivor        the surviving member, saved
     * @param closed          the member merged into it
     * @param stagesGained    the stages the survivor did not have, or now has on an earlier day
     * @param financingsMoved how many financings became the survivor's
     */
    record Merged(Member survivor, MergedMember closed, Set<Stage> stagesGained, int financingsMoved) {
    }

    /**
     * Resolves an open pair as one person (the hub only): the member registered first survives
     * ({@link id.okoce.domain.member.MemberMerge}), keeps its number and gains the other's stages,
     * financings and history; the other is closed as merged, pointing to the survivor; the reports
     * count one member. Recorded in the audit trail as {@code member.merged} on the survivor (an event).
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for any but the hub;
     *         {@code DUPLICATE_PAIR_NOT_FOUND}; {@code DUPLICATE_PAIR_RESOLVED} when it was resolved
     *         already; {@code REASON_INVALID}
     */
    Merged merge(Actor actor, long id, Optional<String> reason);
}
