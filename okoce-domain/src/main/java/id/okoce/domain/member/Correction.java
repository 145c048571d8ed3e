package id.okoce.domain.member;

import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.region.KecamatanCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to correct in a member's record; every part is optional, an empty one leaves the field as
 * it is. The NIK is not among them: as in the national register it is never edited (a wrong NIK
 * is an erasure and a new registration). A new kecamatan in another province is a transfer.
 *
 * @param fullName          the corrected name
 * @param phone             the new mobile number
 * @param businessName      the business's corrected name
 * @param businessSector    the business's sector
 * @param businessStartedOn when the business started
 * @param businessNib       the NIB: a new one, or {@code Optional.empty()} inside to remove it
 * @param domicile          the new kecamatan of domicile
 */
public record Correction(Optional<String> fullName, Optional<PhoneNumber> phone, Optional<String> businessName,
                         Optional<BusinessSector> businessSector, Optional<LocalDate> businessStartedOn,
                         Optional<Optional<Nib>> businessNib, Optional<KecamatanCode> domicile) {

    /** Checks every part is present (possibly empty). */
    public Correction {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(businessSector, "businessSector");
        Objects.requireNonNull(businessStartedOn, "businessStartedOn");
        Objects.requireNonNull(businessNib, "businessNib");
        Objects.requireNonNull(domicile, "domicile");
    }

    /** Nothing to correct. */
    public static Correction none() {
        return new Correction(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** This correction with the name too. */
    public Correction withFullName(String value) {
        return new Correction(Optional.of(value), phone, businessName, businessSector, businessStartedOn, businessNib, domicile);
    }

    /** This correction with the phone too. */
    public Correction withPhone(PhoneNumber value) {
        return new Correction(fullName, Optional.of(value), businessName, businessSector, businessStartedOn, businessNib, domicile);
    }

    /** This correction with the kecamatan too. */
    public Correction withDomicile(KecamatanCode value) {
        return new Correction(fullName, phone, businessName, businessSector, businessStartedOn, businessNib, Optional.of(value));
    }

    /** This correction with the business's name too. */
    public Correction withBusinessName(String value) {
        return new Correction(fullName, phone, Optional.of(value), businessSector, businessStartedOn, businessNib, domicile);
    }

    /** This correction with the business's NIB set (or removed, when empty). */
    public Correction withBusinessNib(Optional<Nib> value) {
        return new Correction(fullName, phone, businessName, businessSector, businessStartedOn, Optional.of(value), domicile);
    }

    /** Whether it corrects nothing. */
    public boolean isEmpty() {
        return this.equals(none());
    }
}
