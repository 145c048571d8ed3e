package id.okoce.application.port.in.financing;

import id.okoce.domain.financing.FinancingDecision;

/** Says whether a member may borrow an amount under a product on a date, and why, rule by rule. */
public interface CheckFinancingEligibilityUseCase {

    /**
     * Judges the member by every rule of the policy.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}, {@code PRODUCT_NOT_FOUND}
     *         (also for another bank's product, when a bank asks), {@code ACCESS_DENIED} for a partner
     */
    FinancingDecision check(EligibilityQuery query);
}
