package id.okoce.domain.duplicate;

import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.PersonNames;
import id.okoce.domain.region.KecamatanCode;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a duplicate check compares of a registration: the NIK (its birth date, sex, area and serial
 * are compared, never shown), the name as {@link PersonNames#searchKey} folds it, the mobile number,
 * and where the person lives. The name's words in order and its trigrams are worked out once, so a
 * person compared with many others (a scan) is not folded again each time.
 */
public final class PersonFacts {

    private final Nik nik;
    private final String nameKey;
    private final PhoneNumber phone;
    private final KecamatanCode kecamatan;
    private final String sortedName;
    private final long[] trigrams;

    /**
     * The facts.
     *
     * @param nik       the NIK
     * @param nameKey   the name as {@link PersonNames#searchKey} folds it
     * @param phone     the mobile number
     * @param kecamatan where the person lives
     */
    public PersonFacts(Nik nik, String nameKey, PhoneNumber phone, KecamatanCode kecamatan) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.nameKey = Objects.requireNonNull(nameKey, "nameKey");
        this.phone = Objects.requireNonNull(phone, "phone");
        this.kecamatan = Objects.requireNonNull(kecamatan, "kecamatan");
        String[] words = nameKey.split(" ");
        Arrays.sort(words);
        this.sortedName = String.join(" ", words);
        this.trigrams = PersonNames.trigramCodes(nameKey);
    }

    /** The facts of {@code member}. */
    public static PersonFacts of(Member member) {
        return new PersonFacts(member.nik(), PersonNames.searchKey(member.fullName()), member.phone(), member.domicile());
    }

    /** The facts of a registration not yet made. */
    public static PersonFacts of(Nik nik, String fullName, PhoneNumber phone, KecamatanCode kecamatan) {
        return new PersonFacts(nik, PersonNames.searchKey(fullName), phone, kecamatan);
    }

    /** The NIK. */
    public Nik nik() {
        return nik;
    }

    /** The folded name. */
    public String nameKey() {
        return nameKey;
    }

    /** The mobile number. */
    public PhoneNumber phone() {
        return phone;
    }

    /** Where the person lives. */
    public KecamatanCode kecamatan() {
        return kecamatan;
    }

    /** The folded name's words in alphabetical order (the same for a name written in another order). */
    String sortedName() {
        return sortedName;
    }

    /** The folded name's trigrams ({@link PersonNames#trigramCodes}; word order does not change them). */
    long[] trigrams() {
        return trigrams;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonFacts p && nik.equals(p.nik) && nameKey.equals(p.nameKey) && phone.equals(p.phone)
                && kecamatan.equals(p.kecamatan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nik, nameKey, phone, kecamatan);
    }

    /** Never shows the NIK in full. */
    @Override
    public String toString() {
        return "PersonFacts[nik=" + nik + ", kecamatan=" + kecamatan + "]";
    }
}
