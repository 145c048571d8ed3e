package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Record financing granted.
 *
 * @param actor      who records it (the hub)
 * @param memberId   the borrower
 * @param productId  the product
 * @param amount     the amount granted
 * @param termMonths the term
 * @param reference  the bank's reference
 * @param grantedOn  the grant day; today when empty
 */
public record RecordFinancingCommand(Actor actor, MemberId memberId, ProductId productId, Rupiah amount, int termMonths,
                                     String reference, Optional<LocalDate> grantedOn) {

    /** Checks every part is present. */
    public RecordFinancingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(grantedOn, "grantedOn");
    }
}
