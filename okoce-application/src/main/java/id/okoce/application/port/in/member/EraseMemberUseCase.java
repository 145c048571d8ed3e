package id.okoce.application.port.in.member;

import id.okoce.domain.member.ErasedMember;

/**
 * The person's right to erasure (UU PDP), used by the hub on request and by retention: the
 * member's identity and contact data are destroyed, not hidden — NIK, name, phone, business name,
 * NIB, stage evidence, the bank's references, the personal values of its history, remembered
 * answers about it — and what remains is anonymous ({@link ErasedMember}), so the reports and the
 * target stay true. The erasure itself is in the audit trail. The member answers
 * {@code MEMBER_ERASED} from then on.
 */
public interface EraseMemberUseCase {

    /**
     * Erases the member.
     *
     * @return what is left
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for anyone but the hub,
     *         {@code MEMBER_NOT_FOUND}, {@code MEMBER_ERASED} (already), {@code VERSION_CONFLICT},
     *         {@code REASON_INVALID}
     */
    ErasedMember erase(EraseMemberCommand command);
}
