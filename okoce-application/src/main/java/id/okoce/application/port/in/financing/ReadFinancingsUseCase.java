package id.okoce.application.port.in.financing;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * Reads the financing granted to a member: the hub every member's, a partner its own province's
 * members', a bank the financing of its own products.
 */
public interface ReadFinancingsUseCase {

    /** The purpose recorded for reading a member's financing (personal financial data, UU PDP). */
    String FINANCING_DETAIL = "financing-detail";

    /**
     * The member's financing the actor may see, by grant date, and the record of the read.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} if unknown or not visible
     */
    Revealed<List<Financing>> forMember(Actor actor, MemberId member);

    /**
     * One financing of the member, and the record of the read.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}, {@code FINANCING_NOT_FOUND}
     */
    Revealed<Financing> get(Actor actor, MemberId member, FinancingId id);

    /**
     * The member's refusals the actor may see (a bank: of its own products), by decision day, and the
     * record of the read.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}
     */
    Revealed<List<id.okoce.domain.financing.FinancingRefusal>> refusalsOf(Actor actor, MemberId member);

    /**
     * A page of the financing of the products the actor may see — a bank's own loans, every loan for
     * the hub — in id order, after {@code after}; each member named is recorded as read.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for a partner
     * @throws IllegalArgumentException when {@code limit} is not 1–500
     */
    Revealed<List<Financing>> ofProducts(Actor actor, Optional<FinancingId> after, int limit);
}
