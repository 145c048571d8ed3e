package id.okoce.domain.duplicate;

import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.PersonNames;
import id.okoce.domain.region.KecamatanCode;
import java.util.Objects;

/**
 * What a duplicate check compares of a registration.
 *
 * @param nik       the NIK (its birth date, sex, area and serial are compared, never shown)
 * @param nameKey   the name as {@link PersonNames#searchKey} folds it
 * @param phone     the mobile number
 * @param kecamatan where the person lives
 */
public record PersonFacts(Nik nik, String nameKey, PhoneNumber phone, KecamatanCode kecamatan) {

    /** Checks the parts. */
    public PersonFacts {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(kecamatan, "kecamatan");
    }

    /** The facts of {@code member}. */
    public static PersonFacts of(Member member) {
        return new PersonFacts(member.nik(), PersonNames.searchKey(member.fullName()), member.phone(), member.domicile());
    }

    /** The facts of a registration not yet made. */
    public static PersonFacts of(Nik nik, String fullName, PhoneNumber phone, KecamatanCode kecamatan) {
        return new PersonFacts(nik, PersonNames.searchKey(fullName), phone, kecamatan);
    }
}
