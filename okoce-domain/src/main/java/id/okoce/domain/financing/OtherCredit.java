package id.okoce.domain.financing;

import java.util.Objects;

/**
 * What a source outside the network (for KUR: SIKP, the government's KUR information system)
 * knows about a borrower's other productive credit on a date. The network itself cannot know it,
 * so the default answer is {@link Known#UNKNOWN}, and a rule that needs it is then unknown too.
 *
 * @param known  what the source could tell
 * @param source who answered, e.g. {@code SIKP} or {@code none configured}
 * @param detail a sentence for the decision, e.g. why it is unknown
 */
public record OtherCredit(Known known, String source, String detail) {

    /** What the source could tell. */
    public enum Known {
        /** The borrower holds no other productive credit. */
        NONE_HELD,
        /** The borrower holds other productive credit. */
        HELD,
        /** The source could not tell. */
        UNKNOWN
    }

    /** Checks the parts are present. */
    public OtherCredit {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
    }

    /** Unknown, with the reason. */
    public static OtherCredit unknown(String source, String why) {
        return new OtherCredit(Known.UNKNOWN, source, why);
    }
}
