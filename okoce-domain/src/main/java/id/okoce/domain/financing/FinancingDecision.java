package id.okoce.domain.financing;

import id.okoce.domain.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A financing decision that says why: the outcome of every rule of the policy, passed, failed or
 * unknown, in the policy's fixed order. {@link Status#ELIGIBLE} exactly when every rule passed;
 * {@link Status#NOT_ELIGIBLE} when any failed; otherwise {@link Status#UNDECIDED}: no rule failed,
 * but a fact held elsewhere (e.g. whether the borrower holds other productive credit) is unknown.
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

    /** Where a decision stands. */
    public enum Status {
        /** Every rule passed. */
        ELIGIBLE,
        /** At least one rule failed. */
        NOT_ELIGIBLE,
        /** No rule failed, at least one is unknown. */
        UNDECIDED
    }

    /** True exactly when every rule passed. */
    public boolean eligible() {
        return outcomes.stream().allMatch(RuleOutcome::passed);
    }

    /** The decision's status, from its outcomes. */
    public Status status() {
        if (outcomes.stream().anyMatch(RuleOutcome::failed)) {
            return Status.NOT_ELIGIBLE;
        }
        return eligible() ? Status.ELIGIBLE : Status.UNDECIDED;
    }

    /** The rules that failed, in order. */
    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(RuleOutcome::failed).toList();
    }

    /** The rules whose fact is unknown, in order. */
    public List<RuleOutcome> unknowns() {
        return outcomes.stream().filter(o -> o.verdict() == RuleOutcome.Verdict.UNKNOWN).toList();
    }
}
