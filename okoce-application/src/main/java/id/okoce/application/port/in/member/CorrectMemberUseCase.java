package id.okoce.application.port.in.member;

import id.okoce.domain.member.Member;

/**
 * Corrects a member's record (name, phone, business, kecamatan), and moves a member to another
 * province (a transfer). The hub, and the partner of the member's province, may do either; after
 * a transfer the member is in the new province's scope (its old partner no longer sees it), keeps
 * its member number, and the report counters have followed it in the same transaction. Every
 * correction is kept in the member's history.
 */
public interface CorrectMemberUseCase {

    /**
     * Applies the correction.
     *
     * @return the member corrected, at its new version
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}, {@code MEMBER_ERASED},
     *         {@code VERSION_CONFLICT}, {@code CORRECTION_INVALID} (nothing to change), and the
     *         codes of the fields ({@code MEMBER_NAME_INVALID}, {@code BUSINESS_NAME_INVALID},
     *         {@code BUSINESS_START_INVALID}, …)
     */
    Member correct(CorrectMemberCommand command);
}
