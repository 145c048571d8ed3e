package id.okoce.domain.financing;

import id.okoce.domain.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A financing decision that says why: the outcome of every rule of the policy, passed or
 * failed, in the policy's fixed order. Eligible exactly when every rule passed.
 *
 * @param memberId  the member judged
 * @param productId the product asked for
 * @param amount    the amount asked for
 * @param date      the day judged at
 * @param outcomes  every rule's outcome, in order
 */
public record FinancingDecision(MemberId memberId, ProductId productId, Rupiah amount, LocalDate date,
                                List<RuleOutcome> outcomes) {

    /** Copies the outcomes. */
    public FinancingDecision {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        outcomes = List.copyOf(outcomes);
    }

    /** True exactly when every rule passed. */
    public boolean eligible() {
        return outcomes.stream().allMatch(RuleOutcome::passed);
    }

    /** The rules that failed, in order. */
    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }
}
