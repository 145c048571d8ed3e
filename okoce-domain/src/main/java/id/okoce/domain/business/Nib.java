package id.okoce.domain.business;

import id.okoce.domain.shared.DomainException;

/**
 * An NIB (Nomor Induk Berusaha): the 13-digit business identity number issued by OSS since 2018,
 * one per business.
 *
 * @param value the 13 digits
 */
public record Nib(String value) {

    /** Checks 13 digits. */
    public Nib {
        String text = value == null ? "" : value.strip();
        if (text.length() != 13) {
            throw new DomainException(BusinessError.NIB_LENGTH, "nib", "NIB must have 13 digits, got " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new DomainException(BusinessError.NIB_NOT_DIGITS, "nib", "NIB must contain digits only");
            }
        }
        value = text;
    }

    /** Parses an NIB as typed. */
    public static Nib parse(String raw) {
        return new Nib(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
