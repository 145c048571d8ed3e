package id.okoce.domain.member;

import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessError;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.NikError;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person gives to become a member.
 *
 * @param nik          their NIK, parsed with the registration date as reference
 * @param fullName     their full name as on the KTP
 * @param phone        their mobile number
 * @param domicile     the kecamatan they live in now (may differ from the NIK's)
 * @param business     their business
 * @param registeredOn the day they registered (P1)
 * @param registeredBy the partner that registered them, if not the hub
 */
public record Registration(Nik nik, String fullName, PhoneNumber phone, KecamatanCode domicile, Business business,
                           LocalDate registeredOn, Optional<PartnerId> registeredBy) {

    /** Checks every part is present but the name, which {@link #check} refuses when missing. */
    public Registration {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(domicile, "domicile");
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(registeredBy, "registeredBy");
    }

    /**
     * The registration rules, the same for one member or a bulk import: a name of 1–150
     * characters, a registration day not in the future, a NIK birth date not after it, a business
     * not started in the future.
     *
     * @param today the current date
     * @return this registration with the name stripped
     * @throws DomainException {@code MEMBER_NAME_INVALID}, {@code MEMBER_REGISTRATION_DATE_INVALID},
     *                         {@code NIK_INVALID_DATE} or {@code BUSINESS_START_INVALID}
     */
    public Registration check(LocalDate today) {
        String name = Require.text(fullName, 150, MemberError.MEMBER_NAME_INVALID, "fullName");
        if (registeredOn.isAfter(today)) {
            throw new DomainException(MemberError.MEMBER_REGISTRATION_DATE_INVALID, "registeredOn",
                    "registeredOn " + registeredOn + " is in the future");
        }
        if (nik.birthDate().isAfter(registeredOn)) {
            throw new DomainException(NikError.NIK_INVALID_DATE, "nik", "the NIK's birth date is after the registration date");
        }
        if (business.startedOn().isAfter(today)) {
            throw new DomainException(BusinessError.BUSINESS_START_INVALID, "business.startedOn",
                    "business.startedOn " + business.startedOn() + " is in the future");
        }
        return new Registration(nik, name, phone, domicile, business, registeredOn, registeredBy);
    }
}
