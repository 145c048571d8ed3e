package id.okoce.domain.member;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import java.util.Objects;

/**
 * The member number people read and quote: {@code OKOCE-PP-NNNNNNN}, the province of domicile at
 * registration and a sequence within it, at least seven digits (e.g. {@code OKOCE-31-0000001}).
 *
 * @param province the province the sequence belongs to
 * @param sequence 1 or more
 */
public record MemberNumber(ProvinceCode province, long sequence) implements Comparable<MemberNumber> {

    private static final String PREFIX = "OKOCE-";

    /** Checks the parts. */
    public MemberNumber {
        Objects.requireNonNull(province, "province");
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("member sequence must be 1–99,999,999, got " + sequence);
        }
    }

    /**
     * Parses {@code OKOCE-31-0000001}.
     *
     * @throws DomainException {@code MEMBER_NUMBER_MALFORMED}, or {@code REGION_UNKNOWN} for an unknown province
     */
    public static MemberNumber parse(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() < PREFIX.length() + 10
                || text.length() > PREFIX.length() + 11 || text.charAt(PREFIX.length() + 2) != '-') {
            throw malformed(text);
        }
        String digits = text.substring(PREFIX.length() + 3);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw malformed(text);
            }
        }
        long sequence = Long.parseLong(digits);
        if (sequence == 0) {
            throw malformed(text);
        }
        return new MemberNumber(ProvinceCode.of(text.substring(PREFIX.length(), PREFIX.length() + 2)), sequence);
    }

    private static DomainException malformed(String text) {
        return new DomainException(MemberError.MEMBER_NUMBER_MALFORMED, "memberNumber",
                "member number must look like OKOCE-31-0000001, got '" + text + "'");
    }

    @Override
    public int compareTo(MemberNumber other) {
        int byProvince = province.compareTo(other.province);
        return byProvince != 0 ? byProvince : Long.compare(sequence, other.sequence);
    }

    /** The printed form, e.g. {@code OKOCE-31-0000001}. */
    @Override
    public String toString() {
        String digits = Long.toString(sequence);
        StringBuilder printed = new StringBuilder(PREFIX.length() + 11).append(PREFIX).append(province.value()).append('-');
        for (int pad = digits.length(); pad < 7; pad++) {
            printed.append('0');
        }
        return printed.append(digits).toString();
    }
}
