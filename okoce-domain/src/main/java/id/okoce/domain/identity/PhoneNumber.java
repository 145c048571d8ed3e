package id.okoce.domain.identity;

import id.okoce.domain.shared.DomainException;

/**
 * An Indonesian mobile number in E.164 form ({@code +628…}). Accepts {@code 08…}, {@code 628…} and
 * {@code +628…}, with spaces or dashes between digit groups; the national form ({@code 08…}) must
 * have 10–13 digits.
 *
 * @param e164 the normalised number, e.g. {@code +6281234567890}
 */
public record PhoneNumber(String e164) {

    /** Re-checks the normalised form, so a stored number cannot be invalid. */
    public PhoneNumber {
        if (e164 == null || !e164.equals(normalise(e164))) {
            throw new DomainException(PhoneError.PHONE_MALFORMED, "phone", "phone must be in E.164 form +628…");
        }
    }

    /**
     * Parses a mobile number as people write it.
     *
     * @throws DomainException {@code PHONE_MALFORMED}, {@code PHONE_NOT_MOBILE} or {@code PHONE_LENGTH}
     */
    public static PhoneNumber parse(String raw) {
        return new PhoneNumber(normalise(raw));
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(PhoneError.PHONE_MALFORMED, "phone", "phone is required");
        }
        String text = raw.strip();
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(c == ' ' || c == '-' || (c == '+' && i == 0))) {
                throw new DomainException(PhoneError.PHONE_MALFORMED, "phone",
                        "phone may contain only digits, spaces, dashes and a leading +");
            }
        }
        String all = digits.toString();
        boolean plus = text.startsWith("+");
        String subscriber;
        if (!plus && all.startsWith("08")) {
            subscriber = all.substring(1);
        } else if (all.startsWith("628")) {
            subscriber = all.substring(2);
        } else {
            throw new DomainException(PhoneError.PHONE_NOT_MOBILE, "phone",
                    "phone must be an Indonesian mobile number starting 08, 628 or +628");
        }
        int nationalLength = subscriber.length() + 1;
        if (nationalLength < 10 || nationalLength > 13) {
            throw new DomainException(PhoneError.PHONE_LENGTH, "phone",
                    "phone must have 10–13 digits in the 08… form, got " + nationalLength);
        }
        return "+62" + subscriber;
    }

    /** The national form, {@code 08…}. */
    public String national() {
        return "0" + e164.substring(3);
    }

    @Override
    public String toString() {
        return e164;
    }
}
