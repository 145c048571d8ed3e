package id.okoce.domain.financing;

/**
 * One named rule of a financing policy. A regional fork adds its own rule by implementing this and
 * appending it with {@link EligibilityPolicy#with(EligibilityRule)}, without touching the others.
 */
public interface EligibilityRule {

    /** The rule's stable code, reported with its outcome whether it passes or fails. */
    String code();

    /** Judges one case; never throws for a member who simply fails the rule. */
    RuleOutcome evaluate(EligibilityCase c);
}
