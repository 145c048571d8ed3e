package id.okoce.application.port.out;

import id.okoce.application.ApplicationError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import java.util.Map;
import java.util.Objects;

/**
 * A NIK registers once: thrown when a member is registered with a NIK that already belongs to
 * another member. Names the existing member number and where it lives, never the NIK;
 * {@link #seenBy} is what a caller may be told.
 */
public class DuplicateNikException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient MemberNumber existing;
    private final transient KecamatanCode existingPlace;

    /** The NIK already belongs to {@code existing}, who lives at {@code existingPlace}. */
    public DuplicateNikException(MemberNumber existing, KecamatanCode existingPlace) {
        super(ApplicationError.MEMBER_DUPLICATE_NIK, "nik", "this NIK is already registered as member " + existing,
                Map.of("existingMemberNumber", existing.toString()));
        this.existing = existing;
        this.existingPlace = Objects.requireNonNull(existingPlace, "existingPlace");
    }

    /** The member holding the NIK. */
    public MemberNumber existing() {
        return existing;
    }

    /** The kecamatan the member holding the NIK lives in. */
    public KecamatanCode existingPlace() {
        return existingPlace;
    }

    /**
     * The refusal as {@code actor} may hear it: this exception when the actor may see the existing
     * member; otherwise the same code saying only that the NIK is registered in the network, with
     * no member number (which would tell a partner about members outside its area).
     */
    public DomainException seenBy(Actor actor) {
        return actor.canSee(existingPlace) ? this : hidden();
    }

    /** The refusal naming nothing. */
    public static DomainException hidden() {
        return new DomainException(ApplicationError.MEMBER_DUPLICATE_NIK, "nik", "this NIK is already registered in the network");
    }
}
