package id.okoce.domain.duplicate;

import id.okoce.domain.member.PersonNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores a pair of registrations, comparison by comparison. */
public final class DuplicateScorer {

    /** Names at least this alike (trigrams) count as partly agreeing. */
    static final double ALIKE = 0.6;

    private DuplicateScorer() {
    }

    /** How alike {@code a} and {@code b} are, with each comparison's part; symmetric in its two arguments. */
    public static DuplicateScore score(PersonFacts a, PersonFacts b) {
        return scoreAtLeast(a, b, Double.NEGATIVE_INFINITY).orElseThrow();
    }

    /**
     * The score of {@code a} and {@code b} if it can reach {@code floor}: the name (the one costly
     * comparison) is compared only when the others leave the pair within its reach, so a scan of
     * millions of pairs scores names only where they can matter. Empty exactly when
     * {@link #score} would be below {@code floor}.
     */
    public static Optional<DuplicateScore> scoreAtLeast(PersonFacts a, PersonFacts b, double floor) {
        List<DuplicateScore.Contribution> parts = new ArrayList<>(6);
        String nikA = a.nik().value();
        String nikB = b.nik().value();
        add(parts, Comparison.BIRTH_DATE_AND_SEX, a.nik().birthDate().equals(b.nik().birthDate()) && a.nik().sex() == b.nik().sex()
                ? DuplicateScore.Outcome.AGREE : DuplicateScore.Outcome.DIFFER);
        boolean sameDomicile = a.kecamatan().equals(b.kecamatan());
        DuplicateScore.Outcome area = nikA.regionMatches(0, nikB, 0, 6) ? DuplicateScore.Outcome.AGREE : DuplicateScore.Outcome.DIFFER;
        parts.add(new DuplicateScore.Contribution(Comparison.NIK_AREA, area, Comparison.NIK_AREA.weight(area, sameDomicile)));
        add(parts, Comparison.NIK_SERIAL, nikA.regionMatches(12, nikB, 12, 4) ? DuplicateScore.Outcome.AGREE
                : DuplicateScore.Outcome.DIFFER);
        add(parts, Comparison.PHONE, a.phone().equals(b.phone()) ? DuplicateScore.Outcome.AGREE : DuplicateScore.Outcome.DIFFER);
        add(parts, Comparison.DOMICILE, sameDomicile ? DuplicateScore.Outcome.AGREE
                : a.kecamatan().regency().equals(b.kecamatan().regency()) ? DuplicateScore.Outcome.PARTLY : DuplicateScore.Outcome.DIFFER);
        double total = 0;
        for (DuplicateScore.Contribution part : parts) {
            total += part.weight();
        }
        if (total + Comparison.NAME.weight(DuplicateScore.Outcome.AGREE) < floor) {
            return Optional.empty();
        }
        DuplicateScore.Outcome name = name(a, b);
        add(parts, Comparison.NAME, name);
        total += Comparison.NAME.weight(name);
        if (total < floor) {
            return Optional.empty();
        }
        parts.sort(java.util.Comparator.comparing(DuplicateScore.Contribution::comparison));
        return Optional.of(new DuplicateScore(total, parts));
    }

    /** The same folded name (in any word order), alike, or not. */
    static DuplicateScore.Outcome name(PersonFacts a, PersonFacts b) {
        if (a.nameKey().isEmpty() || b.nameKey().isEmpty()) {
            return DuplicateScore.Outcome.DIFFER;
        }
        if (a.sortedName().equals(b.sortedName())) {
            return DuplicateScore.Outcome.AGREE;
        }
        return PersonNames.similarity(a.trigrams(), b.trigrams()) >= ALIKE ? DuplicateScore.Outcome.PARTLY
                : DuplicateScore.Outcome.DIFFER;
    }

    private static void add(List<DuplicateScore.Contribution> parts, Comparison comparison, DuplicateScore.Outcome outcome) {
        parts.add(new DuplicateScore.Contribution(comparison, outcome, comparison.weight(outcome)));
    }
}
