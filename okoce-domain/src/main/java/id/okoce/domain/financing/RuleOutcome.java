package id.okoce.domain.financing;

import java.util.Objects;

/**
 * The outcome of one eligibility rule: its code, whether it passed, and a sentence saying why.
 *
 * @param code    the rule's stable code, e.g. {@code REGION_NOT_COVERED}
 * @param passed  whether the member meets the rule
 * @param message a human sentence, for both outcomes
 */
public record RuleOutcome(String code, boolean passed, String message) {

    /** Checks the parts are present. */
    public RuleOutcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A passed rule. */
    public static RuleOutcome pass(String code, String message) {
        return new RuleOutcome(code, true, message);
    }

    /** A failed rule. */
    public static RuleOutcome fail(String code, String message) {
        return new RuleOutcome(code, false, message);
    }

    /** Passed or failed depending on {@code passed}, with a sentence for each. */
    public static RuleOutcome of(String code, boolean passed, String whenPassed, String whenFailed) {
        return new RuleOutcome(code, passed, passed ? whenPassed : whenFailed);
    }
}
