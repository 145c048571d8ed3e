package id.okoce.domain.financing;

import id.okoce.domain.member.MemberId;
import id.okoce.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's refusal of a member's application, recorded as the bank decided it: the product, the
 * amount asked for, the day, and a reason code. A refusal completes nothing and blocks nothing; it
 * is kept so that the member's record of processing and the bank's own books agree.
 *
 * @param id        its identity (a financing id: refusals and grants share the id space)
 * @param memberId  the applicant
 * @param productId the product version applied for
 * @param amount    the amount asked for
 * @param decidedOn the day the bank decided
 * @param reason    why
 * @param note      the bank's words, 1–500 characters, if any (erased with the member's data)
 */
public record FinancingRefusal(FinancingId id, MemberId memberId, ProductId productId, Rupiah amount, LocalDate decidedOn,
                               Reason reason, Optional<String> note) {

    /** Why a bank refused. */
    public enum Reason {
        /** A rule of the product failed (the decision lists which). */
        NOT_ELIGIBLE,
        /** The borrower holds other productive credit (e.g. found in SIKP). */
        OTHER_CREDIT_HELD,
        /** The business cannot carry the repayments. */
        REPAYMENT_CAPACITY,
        /** Documents were missing or did not check out. */
        DOCUMENTS_INCOMPLETE,
        /** The applicant withdrew. */
        APPLICANT_WITHDREW,
        /** Another reason, told in the note. */
        OTHER;

        /** Parses a reason code; refuses others with {@code REFUSAL_REASON_UNKNOWN}. */
        public static Reason parse(String raw) {
            if (raw != null) {
                for (Reason reason : values()) {
                    if (reason.name().equals(raw.strip().toUpperCase(Locale.ROOT))) {
                        return reason;
                    }
                }
            }
            throw new DomainException(FinancingError.REFUSAL_REASON_UNKNOWN, "reason", "reason must be one of "
                    + java.util.Arrays.toString(values()));
        }
    }

    /**
     * A refusal as the bank decides it: the reason OTHER needs a note saying what it was.
     *
     * @throws DomainException {@code REFUSAL_NOTE_INVALID}
     */
    public static FinancingRefusal decided(FinancingId id, MemberId memberId, ProductId productId, Rupiah amount,
                                           LocalDate decidedOn, Reason reason, Optional<String> note) {
        FinancingRefusal refusal = new FinancingRefusal(id, memberId, productId, amount, decidedOn, reason, note);
        if (reason == Reason.OTHER && refusal.note().isEmpty()) {
            throw new DomainException(FinancingError.REFUSAL_NOTE_INVALID, "note", "a refusal for another reason says it in the note");
        }
        return refusal;
    }

    /**
     * Checks the parts and the note's form. A stored refusal may have lost its note to an erasure, so
     * only {@link #decided} asks for one.
     */
    public FinancingRefusal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        note = note.map(String::strip).filter(n -> !n.isEmpty());
        if (note.isPresent() && (note.get().length() > 500 || note.get().chars().anyMatch(Character::isISOControl))) {
            throw new DomainException(FinancingError.REFUSAL_NOTE_INVALID, "note", "note must be 1–500 characters without control characters");
        }
    }
}
