package id.okoce.application.port.in.member;

import id.okoce.domain.member.Member;

/** A person joins the network as a member; P1 is done on the registration date. */
public interface RegisterMemberUseCase {

    /**
     * Registers the member with a fresh member number in the province of domicile.
     *
     * @return the stored member at version 1
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_DUPLICATE_NIK} (naming the existing
     *         member number), {@code REGION_OUT_OF_SCOPE} for a partner registering outside its province,
     *         {@code ACCESS_DENIED} for a bank, and the domain's registration codes
     */
    Member register(RegisterMemberCommand command);
}
