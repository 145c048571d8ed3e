package id.okoce.application.port.in.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.region.KecamatanCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Register a member.
 *
 * @param actor        who registers (the hub, or a partner in its own province)
 * @param nik          the NIK, parsed against the registration date
 * @param fullName     the full name
 * @param phone        the mobile number
 * @param domicile     the kecamatan of domicile
 * @param business     the business
 * @param registeredOn the registration day
 */
public record RegisterMemberCommand(Actor actor, Nik nik, String fullName, PhoneNumber phone, KecamatanCode domicile,
                                    Business business, LocalDate registeredOn) {

    /** Checks every part is present. */
    public RegisterMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(domicile, "domicile");
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }
}
