package id.okoce.domain.financing;

import java.util.ArrayList;
import java.util.List;

/**
 * A financing policy: an ordered list of {@link EligibilityRule}s, every one of which is evaluated
 * and reported (not just the first failure).
 */
public final class EligibilityPolicy {

    private final List<EligibilityRule> rules;

    private EligibilityPolicy(List<EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard policy: {@link StandardEligibilityRules#ALL}. */
    public static EligibilityPolicy standard() {
        return new EligibilityPolicy(StandardEligibilityRules.ALL);
    }

    /** A policy of exactly these rules, in this order. */
    public static EligibilityPolicy of(List<EligibilityRule> rules) {
        return new EligibilityPolicy(rules);
    }

    /** This policy with {@code rule} appended. */
    public EligibilityPolicy with(EligibilityRule rule) {
        List<EligibilityRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new EligibilityPolicy(more);
    }

    /** The rules, in order. */
    public List<EligibilityRule> rules() {
        return rules;
    }

    /** Judges a case by every rule, in order. */
    public FinancingDecision decide(EligibilityCase c) {
        List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
        for (EligibilityRule rule : rules) {
            outcomes.add(rule.evaluate(c));
        }
        return new FinancingDecision(c.member().id(), c.product().id(), c.amount(), c.date(), outcomes);
    }
}
