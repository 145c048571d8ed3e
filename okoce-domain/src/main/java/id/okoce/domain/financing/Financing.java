package id.okoce.domain.financing;

import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Financing granted to a member by a bank: what completes P7, and what
 * {@code ACTIVE_FINANCING_EXISTS} looks at while its term runs.
 *
 * @param id         its identity
 * @param memberId   the borrower
 * @param productId  the product it was granted under
 * @param amount     the amount granted
 * @param grantedOn  the day it was granted
 * @param termMonths the term, in months
 * @param reference  the bank's reference
 */
public record Financing(FinancingId id, MemberId memberId, ProductId productId, Rupiah amount, LocalDate grantedOn,
                        int termMonths, String reference) {

    /** Checks every part is present. */
    public Financing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(grantedOn, "grantedOn");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * Records financing granted on an eligibility decision made on the grant day. A decision that
     * is not decided (no rule failed, a fact held elsewhere unknown) is accepted: by granting, the
     * bank vouches for what it checked itself.
     *
     * @param today the current date, which the grant day must not be after
     * @throws DomainException {@code FINANCING_NOT_ELIGIBLE} naming the failed rules,
     *                         {@code FINANCING_TERM_INVALID}, {@code FINANCING_REFERENCE_INVALID} or {@code FINANCING_DATE_INVALID}
     */
    public static Financing grant(FinancingId id, FinancingDecision decision, FinancingProduct product, int termMonths,
                                  String reference, LocalDate today) {
        if (decision.date().isAfter(today)) {
            throw new DomainException(FinancingError.FINANCING_DATE_INVALID, "grantedOn",
                    "grantedOn " + decision.date() + " is in the future");
        }
        if (decision.status() == FinancingDecision.Status.NOT_ELIGIBLE) {
            throw new DomainException(FinancingError.FINANCING_NOT_ELIGIBLE, "amount",
                    "not eligible for " + product.id() + ": " + decision.failures().stream()
                            .map(RuleOutcome::code).collect(Collectors.joining(", ")));
        }
        if (!decision.productId().equals(product.id())) {
            throw new IllegalArgumentException("decision is for " + decision.productId() + ", not " + product.id());
        }
        if (termMonths < 1 || termMonths > product.maxTermMonths()) {
            throw new DomainException(FinancingError.FINANCING_TERM_INVALID, "termMonths",
                    "termMonths must be 1–" + product.maxTermMonths() + " for " + product.id());
        }
        String checked = Require.text(reference, 64, FinancingError.FINANCING_REFERENCE_INVALID, "reference");
        return new Financing(id, decision.memberId(), product.id(), decision.amount(), decision.date(), termMonths, checked);
    }

    /**
     * The borrower with P7 (Permodalan) completed on the grant day, this financing's reference as
     * evidence; the same member, unchanged, if P7 was already done by an earlier financing.
     *
     * @throws DomainException the stage codes, e.g. {@code STAGE_UNAVAILABLE_IN_REGION} where no
     *                         bank agreement covers the member's province
     */
    public Member completeCapitalStage(Member borrower, LocalDate today, StageRules rules) {
        if (!borrower.id().equals(memberId)) {
            throw new IllegalArgumentException("financing " + id + " belongs to another member");
        }
        if (borrower.stages().isDone(Stage.CAPITAL)) {
            return borrower;
        }
        return borrower.completeStage(new StageCompletion(Stage.CAPITAL, grantedOn, new StageEvidence.FinancingReference(reference)),
                today, rules);
    }

    /** Whether the term is running on {@code date}: from the grant day, for {@code termMonths} months. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(grantedOn) && date.isBefore(grantedOn.plusMonths(termMonths));
    }
}
