package id.okoce.domain.identity;

import id.okoce.domain.shared.DomainException;
import java.util.Locale;

/**
 * An e-mail address, checked for shape only ({@code local@domain.tld}, no spaces, at most 254
 * characters); the domain part is lower-cased.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

    /** Checks the shape and lower-cases the domain. */
    public EmailAddress {
        if (value == null) {
            throw malformed("email is required");
        }
        value = value.strip();
        int at = value.indexOf('@');
        if (value.length() > 254 || at < 1 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            throw malformed("email must look like name@example.org");
        }
        String domain = value.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        if (dot < 1 || dot == domain.length() - 1 || domain.startsWith(".") || domain.contains("..")) {
            throw malformed("email must look like name@example.org");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw malformed("email must not contain spaces");
            }
        }
        value = value.substring(0, at + 1) + domain.toLowerCase(Locale.ROOT);
    }

    /** Parses an address as typed. */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw);
    }

    private static DomainException malformed(String message) {
        return new DomainException(EmailError.EMAIL_MALFORMED, "email", message);
    }

    @Override
    public String toString() {
        return value;
    }
}
