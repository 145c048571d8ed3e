package id.okoce.domain.duplicate;

/**
 * What two registrations are compared on, each with the Fellegi–Sunter probabilities of agreeing
 * when they are one person ({@code m}) and when they are two ({@code u}): agreement adds
 * {@code log2(m/u)}, disagreement {@code log2((1-m)/(1-u))}. The figures are first estimates from the
 * register's make-up (the NIK's parts, ~7,000 kecamatan, names' spread); the benchmark's labelled
 * duplicates are what tune them.
 */
public enum Comparison {
    /** The birth date and sex the NIK encodes (a typo elsewhere in the NIK keeps them). */
    BIRTH_DATE_AND_SEX(0.99, 1.0 / 40_000, 0, 0),
    /** The NIK's first six digits: the kecamatan that issued it (weighed lightly: it goes with where one lives). */
    NIK_AREA(0.85, 1.0 / 150, 0, 0),
    /** The NIK's last four digits. */
    NIK_SERIAL(0.80, 1.0 / 5_000, 0, 0),
    /** The name, folded: the same key, or alike (trigram similarity ≥ 0.6, or the same words in another order). */
    NAME(0.85, 1.0 / 2_000, 0.12, 0.02),
    /** The mobile number. */
    PHONE(0.60, 1.0 / 100_000, 0, 0),
    /** Where the person lives: the same kecamatan, or another of the same kabupaten/kota. */
    DOMICILE(0.75, 1.0 / 7_000, 0.15, 1.0 / 500);

    private final double m;
    private final double u;
    private final double partlyM;
    private final double partlyU;

    Comparison(double m, double u, double partlyM, double partlyU) {
        this.m = m;
        this.u = u;
        this.partlyM = partlyM;
        this.partlyU = partlyU;
    }

    /** What {@code outcome} adds to a score. */
    public double weight(DuplicateScore.Outcome outcome) {
        return switch (outcome) {
            case AGREE -> log2(m / u);
            case PARTLY -> partlyM == 0 ? log2((1 - m) / (1 - u)) : log2(partlyM / partlyU);
            case DIFFER -> log2((1 - m - partlyM) / (1 - u - partlyU));
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
