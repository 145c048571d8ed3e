package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import java.util.List;

/**
 * Reads the financing granted to a member: the hub every member's, a partner its own province's
 * members', a bank the financing of its own products.
 */
public interface ReadFinancingsUseCase {

    /**
     * The member's financing the actor may see, by grant date.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} if unknown or not visible
     */
    List<Financing> forMember(Actor actor, MemberId member);

    /**
     * One financing of the member.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}, {@code FINANCING_NOT_FOUND}
     */
    Financing get(Actor actor, MemberId member, FinancingId id);
}
