package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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
 * @param expectedVersion the member version the caller read, if it wants the change refused when stale
 */
public record RecordFinancingCommand(Actor actor, MemberId memberId, ProductId productId, Rupiah amount, int termMonths,
                                     String reference, Optional<LocalDate> grantedOn, OptionalLong expectedVersion) {

    /** Checks every part is present. */
    public RecordFinancingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(grantedOn, "grantedOn");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
