package id.okoce.application.port.in.member;

import id.okoce.application.ApplicationError;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import java.util.List;
import java.util.Map;

/**
 * A registration refused because it is likely someone already registered: the candidates the caller
 * may see, with what matched, and how many others outside its area. Registering again with
 * {@code confirmDistinct} goes ahead.
 */
public class PossibleDuplicateException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * A member the registration may be.
     *
     * @param number     the member number
     * @param maskedNik  the NIK, masked
     * @param kecamatan  where the member lives
     * @param score      the score and its explanation
     */
    public record Candidate(MemberNumber number, String maskedNik, KecamatanCode kecamatan, DuplicateScore score) {
    }

    private final transient List<Candidate> candidates;
    private final int hidden;

    /** Refuses for {@code candidates} (those the caller may see) and {@code hidden} more it may not. */
    public PossibleDuplicateException(List<Candidate> candidates, int hidden) {
        super(ApplicationError.POSSIBLE_DUPLICATE, null, "this registration is likely " + describe(candidates, hidden)
                + "; send confirmDistinct: true to register the person anyway", Map.of("hiddenCandidates", Integer.toString(hidden)));
        this.candidates = List.copyOf(candidates);
        this.hidden = hidden;
    }

    private static String describe(List<Candidate> candidates, int hidden) {
        if (candidates.isEmpty()) {
            return "a member registered outside your area";
        }
        String numbers = String.join(", ", candidates.stream().map(c -> c.number().toString()).toList());
        return (candidates.size() == 1 ? "member " : "one of members ") + numbers + (hidden > 0 ? " (or " + hidden
                + " more outside your area)" : "");
    }

    /** The candidates the caller may see, likeliest first. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** How many candidates are outside the caller's area (counted, not shown). */
    public int hidden() {
        return hidden;
    }
}
