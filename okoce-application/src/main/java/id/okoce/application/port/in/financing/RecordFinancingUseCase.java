package id.okoce.application.port.in.financing;

/**
 * Records that a bank granted financing to an eligible member. The first financing completes P7
 * (Permodalan) with the bank's reference as evidence; while its term runs, the member has an
 * active financing ({@code ACTIVE_FINANCING_EXISTS}).
 */
public interface RecordFinancingUseCase {

    /**
     * Checks eligibility on the grant day and records the financing, atomically with P7.
     *
     * @throws id.okoce.domain.shared.DomainException {@code FINANCING_NOT_ELIGIBLE} naming the failed
     *         rules, {@code FINANCING_TERM_INVALID}, {@code MEMBER_NOT_FOUND}, {@code PRODUCT_NOT_FOUND},
     *         {@code ACCESS_DENIED} unless the hub, and the stage codes for P7
     */
    FinancingGranted record(RecordFinancingCommand command);
}
