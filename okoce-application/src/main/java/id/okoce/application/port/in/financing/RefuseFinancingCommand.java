package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingRefusal;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Record a bank's refusal.
 *
 * @param actor     who records it (the hub, or the product's bank)
 * @param memberId  the applicant
 * @param productId the product version, or its family (the version in force on the day)
 * @param amount    the amount asked for
 * @param reason    why
 * @param note      the bank's words, if any (required for OTHER)
 * @param decidedOn the day the bank decided; today when empty
 */
public record RefuseFinancingCommand(Actor actor, MemberId memberId, ProductId productId, Rupiah amount,
                                     FinancingRefusal.Reason reason, Optional<String> note, Optional<LocalDate> decidedOn) {

    /** Checks every part is present. */
    public RefuseFinancingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
