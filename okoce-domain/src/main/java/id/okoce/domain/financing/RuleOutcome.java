package id.okoce.domain.financing;

import java.util.Objects;

/**
 * The outcome of one eligibility rule: its code, its verdict, and a sentence saying why.
 *
 * @param code    the rule's stable code, e.g. {@code REGION_NOT_COVERED}
 * @param verdict passed, failed, or unknown (the fact it needs is held elsewhere and was not known)
 * @param message a human sentence, for every verdict
 */
public record RuleOutcome(String code, Verdict verdict, String message) {

    /** What a rule concluded. */
    public enum Verdict {
        /** The member meets the rule. */
        PASSED,
        /** The member does not meet the rule. */
        FAILED,
        /** The fact the rule needs is held elsewhere (e.g. SIKP) and its source could not tell. */
        UNKNOWN
    }

    /** Checks the parts are present. */
    public RuleOutcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }

    /** A passed rule. */
    public static RuleOutcome pass(String code, String message) {
        return new RuleOutcome(code, Verdict.PASSED, message);
    }

    /** A failed rule. */
    public static RuleOutcome fail(String code, String message) {
        return new RuleOutcome(code, Verdict.FAILED, message);
    }

    /** A rule whose fact is not known. */
    public static RuleOutcome unknown(String code, String message) {
        return new RuleOutcome(code, Verdict.UNKNOWN, message);
    }

    /** Passed or failed depending on {@code passed}, with a sentence for each. */
    public static RuleOutcome of(String code, boolean passed, String whenPassed, String whenFailed) {
        return passed ? pass(code, whenPassed) : fail(code, whenFailed);
    }

    /** Whether the rule passed. */
    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** Whether the rule failed. */
    public boolean failed() {
        return verdict == Verdict.FAILED;
    }
}
