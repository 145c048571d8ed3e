package id.okoce.domain.stage;

import id.okoce.domain.shared.DomainException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The seven 7PAS stages, in the order a member walks through them. */
public enum Stage {
    /** P1 Pendaftaran: the member record exists. */
    REGISTRATION("Pendaftaran", "Registration", EvidenceNeed.NONE),
    /** P2 Pelatihan: a training certificate. */
    TRAINING("Pelatihan", "Training", EvidenceNeed.TRAINING_CERTIFICATE),
    /** P3 Pendampingan: a mentor assigned and sessions held. */
    MENTORING("Pendampingan", "Mentoring", EvidenceNeed.NONE),
    /** P4 Perizinan: a business licence (IUMK, SKU, SIUP, SP-PIRT or NIB). */
    LICENSING("Perizinan", "Licensing", EvidenceNeed.BUSINESS_LICENCE),
    /** P5 Pemasaran: access to a sales channel. */
    MARKETING("Pemasaran", "Marketing", EvidenceNeed.NONE),
    /** P6 Pelaporan Keuangan: a financial report produced. */
    FINANCIAL_REPORTING("Pelaporan Keuangan", "Financial reporting", EvidenceNeed.NONE),
    /** P7 Permodalan: financing granted by a partner bank. */
    CAPITAL("Permodalan", "Access to capital", EvidenceNeed.FINANCING_REFERENCE);

    private final String indonesianName;
    private final String englishName;
    private final EvidenceNeed evidenceNeed;

    Stage(String indonesianName, String englishName, EvidenceNeed evidenceNeed) {
        this.indonesianName = indonesianName;
        this.englishName = englishName;
        this.evidenceNeed = evidenceNeed;
    }

    /**
     * Parses a stage code {@code P1}…{@code P7} (case-insensitive).
     *
     * @throws DomainException {@code STAGE_UNKNOWN} for anything else
     */
    public static Stage parse(String code) {
        if (code != null) {
            String text = code.strip().toUpperCase(Locale.ROOT);
            if (text.length() == 2 && text.charAt(0) == 'P' && text.charAt(1) >= '1' && text.charAt(1) <= '7') {
                return values()[text.charAt(1) - '1'];
            }
        }
        throw new DomainException(StageError.STAGE_UNKNOWN, "stage", "stage must be one of P1–P7, got '" + code + "'");
    }

    /** The stage with this number, 1–7. */
    public static Stage number(int number) {
        if (number < 1 || number > 7) {
            throw new DomainException(StageError.STAGE_UNKNOWN, "stage", "stage number must be 1–7, got " + number);
        }
        return values()[number - 1];
    }

    /** The code, {@code P1}…{@code P7}. */
    public String code() {
        return "P" + number();
    }

    /** The position, 1–7. */
    public int number() {
        return ordinal() + 1;
    }

    /** The Indonesian name, e.g. {@code Pelatihan}. */
    public String indonesianName() {
        return indonesianName;
    }

    /** The English name, e.g. {@code Training}. */
    public String englishName() {
        return englishName;
    }

    /** The evidence this stage needs to be completed. */
    public EvidenceNeed evidenceNeed() {
        return evidenceNeed;
    }

    /** Every stage before this one, in order. */
    public Set<Stage> earlier() {
        return this == REGISTRATION ? EnumSet.noneOf(Stage.class) : EnumSet.range(REGISTRATION, values()[ordinal() - 1]);
    }

    /** Stages P1 up to and including this one. */
    public Set<Stage> upToAndIncluding() {
        return EnumSet.range(REGISTRATION, this);
    }
}
