package id.okoce.application.port.in.financing;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.financing.FinancingDecision;

/** Says whether a member may borrow an amount under a product on a date, and why, rule by rule. */
public interface CheckFinancingEligibilityUseCase {

    /** The purpose recorded when a member is judged: the decision is built from their personal data (UU PDP). */
    String FINANCING_ELIGIBILITY = "financing-eligibility";

    /**
     * Judges the member by every rule of the policy; the judging is recorded as a read of the
     * member's personal data.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}, {@code PRODUCT_NOT_FOUND}
     *         (also for another bank's product, when a bank asks), {@code ACCESS_DENIED} for a partner
     */
    Revealed<FinancingDecision> check(EligibilityQuery query);
}
