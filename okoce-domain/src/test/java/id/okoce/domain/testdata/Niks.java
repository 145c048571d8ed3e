package id.okoce.domain.testdata;

import id.okoce.domain.identity.Sex;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Builds valid NIK strings for tests. */
public final class Niks {

    private Niks() {
    }

    /**
     * A NIK issued in kecamatan {@code kecamatanDigits} (6 digits) for someone born on {@code birthDate},
     * with the given sex and serial.
     */
    public static String nik(String kecamatanDigits, LocalDate birthDate, Sex sex, int serial) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return kecamatanDigits + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(),
                birthDate.getYear() % 100, serial);
    }

    /**
     * A random valid NIK from Jakarta Pusat (born 1950–2000, either sex, any serial): unlikely to
     * repeat, for tests that run against a database that outlives them.
     */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        return nik("3171" + String.format("%02d", 1 + random.nextInt(8)), birth,
                random.nextBoolean() ? Sex.FEMALE : Sex.MALE, 1 + random.nextInt(9999));
    }

    /** A NIK from Jakarta Pusat (31.71.01) for a woman born 5 July 1990 with serial {@code serial}. */
    public static String jakartaWoman(int serial) {
        return nik("317101", LocalDate.of(1990, 7, 5), Sex.FEMALE, serial);
    }
}
