package id.okoce.application.port.in.financing;

/**
 * Records that a bank granted financing to a member. The first financing completes P7
 * (Permodalan) with the bank's reference as evidence when the programme's prerequisites for P7 hold;
 * otherwise the financing is recorded all the same and P7 stays open (the answer says why): the
 * bank's decision is a fact, the 7PAS order is the programme's. While its term runs, the member has
 * an active financing ({@code ACTIVE_FINANCING_EXISTS}).
 */
public interface RecordFinancingUseCase {

    /**
     * Judges the member as they stood on the grant day and records the financing, atomically with P7
     * where P7 can be completed. A decision that is not decided (a fact held elsewhere unknown) is
     * accepted: by granting, the bank vouches for what it checked itself.
     *
     * @throws id.okoce.domain.shared.DomainException {@code FINANCING_NOT_ELIGIBLE} naming the failed
     *         rules, {@code FINANCING_TERM_INVALID}, {@code MEMBER_NOT_FOUND}, {@code PRODUCT_NOT_FOUND}
     *         (also another bank's product), {@code ACCESS_DENIED} unless the hub or the product's bank
     */
    FinancingGranted record(RecordFinancingCommand command);

    /**
     * Records a bank's refusal: no stage changes and nothing is blocked; the refusal is kept with the
     * member's financing and in the audit trail.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} (for a bank: outside the provinces
     *         its product covers), {@code PRODUCT_NOT_FOUND}, {@code ACCESS_DENIED} unless the hub or the product's bank,
     *         {@code FINANCING_DATE_INVALID} for a day in the future, {@code REFUSAL_NOTE_INVALID}
     */
    id.okoce.domain.financing.FinancingRefusal refuse(RefuseFinancingCommand command);
}
