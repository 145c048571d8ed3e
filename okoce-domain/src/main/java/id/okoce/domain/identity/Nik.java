package id.okoce.domain.identity;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A NIK (Nomor Induk Kependudukan), the 16-digit national identity number
 * {@code PP KK CC DDMMYY SSSS}: the kecamatan where it was first issued, the birth date (40 added
 * to the day for women) and a serial from 0001. The century is not written; it is chosen so the
 * birth date is not after a reference date (e.g. the day the member registered).
 *
 * <p>Only the province part is checked against the region list: the kabupaten and kecamatan
 * parts may carry codes from before a region split. {@link #toString()} is always masked.
 */
public final class Nik {

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Nik(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Parses and validates a NIK. Surrounding whitespace is ignored.
     *
     * @param raw           the NIK as typed
     * @param referenceDate the date the birth date must not be after (it picks the century)
     * @throws DomainException with exactly one {@link NikError} code when refused
     */
    public static Nik parse(String raw, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        String text = raw == null ? "" : raw.strip();
        if (text.length() != 16) {
            throw refused(NikError.NIK_LENGTH, "NIK must have 16 digits, got " + text.length() + " characters");
        }
        for (int i = 0; i < 16; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw refused(NikError.NIK_NOT_DIGITS, "NIK must contain digits only");
            }
        }
        if (!ProvinceCode.isKnown(text.substring(0, 2))) {
            throw refused(NikError.NIK_UNKNOWN_PROVINCE,
                    "NIK starts with " + text.substring(0, 2) + ", which is not a province code");
        }
        int day = Integer.parseInt(text.substring(6, 8));
        int month = Integer.parseInt(text.substring(8, 10));
        int yy = Integer.parseInt(text.substring(10, 12));
        Sex sex = day > 40 ? Sex.FEMALE : Sex.MALE;
        LocalDate birthDate = birthDate(sex == Sex.FEMALE ? day - 40 : day, month, yy, referenceDate);
        if (text.endsWith("0000")) {
            throw refused(NikError.NIK_ZERO_SERIAL, "NIK serial must be 0001 or more, got 0000");
        }
        return new Nik(text, birthDate, sex);
    }

    private static LocalDate birthDate(int day, int month, int yy, LocalDate referenceDate) {
        if (day < 1 || day > 31) {
            throw refused(NikError.NIK_INVALID_DATE, "NIK day of birth must be 01–31, or 41–71 for women");
        }
        int centuryOfReference = referenceDate.getYear() / 100 * 100;
        for (int century = centuryOfReference; century >= centuryOfReference - 100; century -= 100) {
            LocalDate candidate = dateOrNull(century + yy, month, day);
            if (candidate != null && !candidate.isAfter(referenceDate)) {
                return candidate;
            }
        }
        throw refused(NikError.NIK_INVALID_DATE,
                "NIK birth date " + two(day) + "-" + two(month) + "-" + two(yy) + " is not a date on or before " + referenceDate);
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static DomainException refused(NikError code, String message) {
        return new DomainException(code, "nik", message);
    }

    /** The 16 digits in full. Personal data: store it, never show or log it; use {@link #masked()}. */
    public String value() {
        return digits;
    }

    /** The province where the NIK was issued (not necessarily where the person lives now). */
    public ProvinceCode issuingProvince() {
        return ProvinceCode.of(digits.substring(0, 2));
    }

    /** The birth date encoded in the NIK. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The sex encoded in the NIK. */
    public Sex sex() {
        return sex;
    }

    /** The serial, 1–9999. */
    public int serial() {
        return Integer.parseInt(digits.substring(12));
    }

    /** Age in whole years on {@code date}, from the NIK's birth date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** The first 2 and last 4 digits, the rest starred: {@code 31**********0001}. */
    public String masked() {
        return digits.substring(0, 2) + "**********" + digits.substring(12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The masked form; a NIK never prints in full. */
    @Override
    public String toString() {
        return masked();
    }
}
