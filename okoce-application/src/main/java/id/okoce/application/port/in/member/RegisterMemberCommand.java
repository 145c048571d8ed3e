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
 * @param confirmDistinct the caller has seen the likely duplicates a first attempt was refused for
 *                     and confirms the person is none of them (recorded in the audit trail)
 */
public record RegisterMemberCommand(Actor actor, Nik nik, String fullName, PhoneNumber phone, KecamatanCode domicile,
                                    Business business, LocalDate registeredOn, boolean confirmDistinct) {

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

    /** A registration that has not confirmed anything about likely duplicates. */
    public RegisterMemberCommand(Actor actor, Nik nik, String fullName, PhoneNumber phone, KecamatanCode domicile,
                                 Business business, LocalDate registeredOn) {
        this(actor, nik, fullName, phone, domicile, business, registeredOn, false);
    }

    /** This registration, confirming (or not) that its person is none of the likely duplicates found. */
    public RegisterMemberCommand confirmingDistinct(boolean confirm) {
        return new RegisterMemberCommand(actor, nik, fullName, phone, domicile, business, registeredOn, confirm);
    }
}
