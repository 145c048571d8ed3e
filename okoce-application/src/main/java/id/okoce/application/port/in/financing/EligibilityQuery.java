package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Ask about eligibility.
 *
 * @param actor     who asks (the hub, or the bank of the product)
 * @param memberId  the member
 * @param productId the product
 * @param amount    the amount asked for
 * @param on        the day to judge at; today when empty
 */
public record EligibilityQuery(Actor actor, MemberId memberId, ProductId productId, Rupiah amount,
                               Optional<LocalDate> on) {

    /** Checks every part is present. */
    public EligibilityQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
    }
}
