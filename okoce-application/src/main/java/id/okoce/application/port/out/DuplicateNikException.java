package id.okoce.application.port.out;

import id.okoce.application.ApplicationError;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.shared.DomainException;
import java.util.Map;

/**
 * A NIK registers once: thrown when a member is registered with a NIK that already belongs to
 * another member. Names the existing member number, never the NIK.
 */
public class DuplicateNikException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** The NIK already belongs to {@code existing}. */
    public DuplicateNikException(MemberNumber existing) {
        super(ApplicationError.MEMBER_DUPLICATE_NIK, "nik", "this NIK is already registered as member " + existing,
                Map.of("existingMemberNumber", existing.toString()));
    }
}
