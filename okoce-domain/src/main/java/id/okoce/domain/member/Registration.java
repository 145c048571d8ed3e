package id.okoce.domain.member;

import id.okoce.domain.business.Business;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
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

    /** Checks every part is present. */
    public Registration {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(domicile, "domicile");
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(registeredBy, "registeredBy");
    }
}
