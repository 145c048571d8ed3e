package id.okoce.domain.duplicate;

/**
 * What two registrations are compared on, each with the Fellegi–Sunter probabilities of an outcome
 * when they are one person ({@code m}) and when they are two ({@code u}): an outcome adds
 * {@code log2(m/u)}. The figures come from the labelled duplicates of the benchmark
 * ({@code bench/duplicates/run}) and from the register's make-up within a block (people of one birth
 * date and sex in one province, in the 2018 shape where most live in DKI Jakarta): two people there
 * share a kecamatan about one time in 43 and a kabupaten/kota one time in 6, a folded name one time in
 * 16,000 (counted as one in 5,000) and a name alike one time in 6,000 (counted as one in 2,000).
 *
 * <p>The NIK's area is not independent of the domicile: most NIKs are issued where their holders
 * live, so two neighbours' NIK areas agree about as often as one person's two registrations do. It
 * counts for almost nothing when the domiciles agree and for much when they do not (the person moved,
 * the NIK still says where they came from): {@link #weight(DuplicateScore.Outcome, boolean)}.
 */
public enum Comparison {
    /** The birth date and sex the NIK encodes (a typo in those six digits changes them). */
    BIRTH_DATE_AND_SEX(0.906, 1.0 / 40_000, 0, 0),
    /** The NIK's first six digits: the kecamatan that issued it (see the class on how it is weighed). */
    NIK_AREA(0.66, 0.02, 0, 0),
    /** The NIK's last four digits. */
    NIK_SERIAL(0.44, 1.0 / 5_000, 0, 0),
    /** The name, folded: the same key in any word order, alike (trigram similarity ≥ 0.6), or not. */
    NAME(0.85, 1.0 / 5_000, 0.13, 1.0 / 2_000),
    /** The mobile number. */
    PHONE(0.65, 1.0 / 100_000, 0, 0),
    /** Where the person lives: the same kecamatan, or another of the same kabupaten/kota. */
    DOMICILE(0.75, 0.023, 0.20, 0.168);

    /** The NIK areas' m and u between registrations living in the same kecamatan. */
    private static final double AREA_M_SAME_DOMICILE = 0.66;
    private static final double AREA_U_SAME_DOMICILE = 0.72;

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

    /** What {@code outcome} adds to a score (for {@link #NIK_AREA}, between people living apart). */
    public double weight(DuplicateScore.Outcome outcome) {
        return switch (outcome) {
            case AGREE -> log2(m / u);
            case PARTLY -> partlyM == 0 ? log2((1 - m) / (1 - u)) : log2(partlyM / partlyU);
            case DIFFER -> log2((1 - m - partlyM) / (1 - u - partlyU));
        };
    }

    /**
     * What {@code outcome} adds to a score when the two live in the same kecamatan ({@code sameDomicile}):
     * only {@link #NIK_AREA} weighs differently then.
     */
    public double weight(DuplicateScore.Outcome outcome, boolean sameDomicile) {
        if (this != NIK_AREA || !sameDomicile) {
            return weight(outcome);
        }
        return outcome == DuplicateScore.Outcome.AGREE ? log2(AREA_M_SAME_DOMICILE / AREA_U_SAME_DOMICILE)
                : log2((1 - AREA_M_SAME_DOMICILE) / (1 - AREA_U_SAME_DOMICILE));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
