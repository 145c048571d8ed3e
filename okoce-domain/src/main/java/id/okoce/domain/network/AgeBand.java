package id.okoce.domain.network;

/** The age bands the network reports members by: under 25, ten-year bands, 55 and over. */
public enum AgeBand {
    /** Under 25. */
    UNDER_25("<25"),
    /** 25 to 34. */
    FROM_25_TO_34("25-34"),
    /** 35 to 44. */
    FROM_35_TO_44("35-44"),
    /** 45 to 54. */
    FROM_45_TO_54("45-54"),
    /** 55 and over. */
    FROM_55("55+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** The band of an age in whole years. */
    public static AgeBand of(int age) {
        return age < 25 ? UNDER_25 : values()[Math.min(4, 1 + (age - 25) / 10)];
    }

    /** The label reports show, e.g. {@code 25-34}. */
    public String label() {
        return label;
    }
}
