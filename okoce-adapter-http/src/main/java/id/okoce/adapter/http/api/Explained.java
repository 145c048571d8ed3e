package id.okoce.adapter.http.api;

import id.okoce.application.port.in.member.PossibleDuplicateException;
import id.okoce.domain.duplicate.DuplicateScore;
import java.util.List;

/** How a possible duplicate is explained in answers: the score and what each comparison added. */
public final class Explained {

    private Explained() {
    }

    /**
     * One comparison.
     *
     * @param comparison what was compared
     * @param outcome    AGREE, PARTLY or DIFFER
     * @param weight     what it added to the score (negative: it speaks against)
     */
    public record Comparison(
            @ApiField(value = "what was compared", allowedFrom = id.okoce.domain.duplicate.Comparison.class) String comparison,
            @ApiField(value = "what it found", allowedFrom = DuplicateScore.Outcome.class) String outcome,
            @ApiField(value = "what it added to the score; negative when it speaks against", format = "double") double weight) {
    }

    /** A score or weight as answers give it: two decimals. */
    public static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The comparisons of {@code score}. */
    public static List<Comparison> of(DuplicateScore score) {
        return score.contributions().stream().map(c -> new Comparison(c.comparison().name(), c.outcome().name(),
                rounded(c.weight()))).toList();
    }

    /**
     * A member a refused registration is likely to be.
     *
     * @param memberNumber the member number
     * @param nik          the NIK, masked
     * @param kecamatan    where the member lives
     * @param score        the score (log2 of how much likelier one person than two)
     * @param comparisons  what each comparison found and added
     */
    public record Candidate(@ApiField(value = "member number", example = "OKOCE-31-0000001") String memberNumber,
                            @ApiField(value = "the NIK, masked", example = "3171**********01") String nik,
                            @ApiField("where the member lives") Views.Region kecamatan,
                            @ApiField(value = "score: log2 of how much likelier one person than two", format = "double") double score,
                            @ApiField("what each comparison found and added") List<Comparison> comparisons) {

        /** The body of {@code candidate}. */
        public static Candidate of(PossibleDuplicateException.Candidate candidate) {
            return new Candidate(candidate.number().toString(), candidate.maskedNik(), Views.Region.of(candidate.kecamatan()),
                    rounded(candidate.score().total()), Explained.of(candidate.score()));
        }
    }
}
