package id.okoce.application.port.in.financing;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.MemberNumber;
import java.util.Optional;

/**
 * A bank's loan desk finds an applicant by member number or NIK, only among the members of the
 * provinces its products cover, and sees {@link ApplicantView} of them; the hub may look too.
 */
public interface FindApplicantUseCase {

    /** The purpose recorded for a bank's look-up of an applicant. */
    String APPLICANT_LOOKUP = "financing-applicant";

    /**
     * The applicant with this number or NIK (exactly one of them), and the record of the read.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND} when unknown or outside the
     *         provinces the bank's products cover, {@code ACCESS_DENIED} for a partner
     * @throws IllegalArgumentException unless exactly one of {@code number} and {@code nik} is given
     */
    Revealed<ApplicantView> find(Actor actor, Optional<MemberNumber> number, Optional<Nik> nik);
}
