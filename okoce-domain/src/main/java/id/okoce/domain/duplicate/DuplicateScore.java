package id.okoce.domain.duplicate;

import java.util.List;

/**
 * How alike two registrations are: the sum of the comparisons' weights, each kept for the
 * explanation.
 *
 * @param total         the score (log2 of how much likelier the pair is one person than two)
 * @param contributions each comparison, with what it found and what it added
 */
public record DuplicateScore(double total, List<Contribution> contributions) {

    /** What one comparison found. */
    public enum Outcome {
        /** The fields agree. */
        AGREE,
        /** They agree in part (a name alike but not the same, the same kabupaten/kota but another kecamatan). */
        PARTLY,
        /** They differ. */
        DIFFER
    }

    /**
     * One comparison.
     *
     * @param comparison what was compared
     * @param outcome    what it found
     * @param weight     what it added to the score (negative when it speaks against)
     */
    public record Contribution(Comparison comparison, Outcome outcome, double weight) {
    }

    /** Copies the list. */
    public DuplicateScore {
        contributions = List.copyOf(contributions);
    }

    /** What to do with the pair under {@code thresholds}. */
    public Verdict verdict(Thresholds thresholds) {
        if (total >= thresholds.likely()) {
            return Verdict.LIKELY_DUPLICATE;
        }
        return total >= thresholds.review() ? Verdict.REVIEW : Verdict.DISTINCT;
    }

    /** What a score means. */
    public enum Verdict {
        /** Refused at registration unless the caller confirms the person is another. */
        LIKELY_DUPLICATE,
        /** Registered, and opened for review. */
        REVIEW,
        /** Two people. */
        DISTINCT
    }

    /**
     * Where the verdicts change.
     *
     * @param likely a score at or above it is a likely duplicate
     * @param review a score at or above it (and below {@code likely}) is reviewed
     */
    public record Thresholds(double likely, double review) {

        /**
         * The network's thresholds, chosen on the labelled duplicates of a 5,000,000-member register
         * ({@code bench/duplicates/run}): at 28 a refusal is right 99.5 % of the time; from 24 the pairs
         * opened for review are 98 % true and hold 97 % of the duplicates.
         */
        public static final Thresholds STANDARD = new Thresholds(28, 24);

        /** Checks that reviewing starts below refusing. */
        public Thresholds {
            if (review > likely) {
                throw new IllegalArgumentException("the review threshold must not be above the likely one");
            }
        }
    }
}
