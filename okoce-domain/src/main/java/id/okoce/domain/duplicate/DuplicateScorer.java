package id.okoce.domain.duplicate;

import id.okoce.domain.member.PersonNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Scores a pair of registrations, comparison by comparison. */
public final class DuplicateScorer {

    /** Names at least this alike (trigrams) count as partly agreeing. */
    static final double ALIKE = 0.6;

    private DuplicateScorer() {
    }

    /** How alike {@code a} and {@code b} are, with each comparison's part; symmetric in its two arguments. */
    public static DuplicateScore score(PersonFacts a, PersonFacts b) {
        List<DuplicateScore.Contribution> parts = new ArrayList<>();
        String nikA = a.nik().value();
        String nikB = b.nik().value();
        add(parts, Comparison.BIRTH_DATE_AND_SEX, a.nik().birthDate().equals(b.nik().birthDate()) && a.nik().sex() == b.nik().sex()
                ? DuplicateScore.Outcome.AGREE : DuplicateScore.Outcome.DIFFER);
        add(parts, Comparison.NIK_AREA, nikA.substring(0, 6).equals(nikB.substring(0, 6)) ? DuplicateScore.Outcome.AGREE
                : DuplicateScore.Outcome.DIFFER);
        add(parts, Comparison.NIK_SERIAL, nikA.substring(12).equals(nikB.substring(12)) ? DuplicateScore.Outcome.AGREE
                : DuplicateScore.Outcome.DIFFER);
        add(parts, Comparison.NAME, name(a.nameKey(), b.nameKey()));
        add(parts, Comparison.PHONE, a.phone().equals(b.phone()) ? DuplicateScore.Outcome.AGREE : DuplicateScore.Outcome.DIFFER);
        add(parts, Comparison.DOMICILE, a.kecamatan().equals(b.kecamatan()) ? DuplicateScore.Outcome.AGREE
                : a.kecamatan().regency().equals(b.kecamatan().regency()) ? DuplicateScore.Outcome.PARTLY : DuplicateScore.Outcome.DIFFER);
        double total = 0;
        for (DuplicateScore.Contribution part : parts) {
            total += part.weight();
        }
        return new DuplicateScore(total, parts);
    }

    /** The same folded name (in any word order), alike, or not. */
    static DuplicateScore.Outcome name(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return DuplicateScore.Outcome.DIFFER;
        }
        if (sorted(a).equals(sorted(b))) {
            return DuplicateScore.Outcome.AGREE;
        }
        return Math.max(PersonNames.similarity(a, b), PersonNames.similarity(sorted(a), sorted(b))) >= ALIKE
                ? DuplicateScore.Outcome.PARTLY : DuplicateScore.Outcome.DIFFER;
    }

    private static String sorted(String key) {
        String[] words = key.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static void add(List<DuplicateScore.Contribution> parts, Comparison comparison, DuplicateScore.Outcome outcome) {
        parts.add(new DuplicateScore.Contribution(comparison, outcome, comparison.weight(outcome)));
    }
}
