package id.okoce.domain.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One field changed by an action: its name and its value before and after (empty where there was
 * none, or where the value was personal data since destroyed by an erasure).
 *
 * @param field  the field, in the API's words (e.g. {@code fullName}, {@code business.nib}, {@code kecamatan})
 * @param before the value before
 * @param after  the value after
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    /** The fields whose values are personal data: masked when shown, destroyed by an erasure. */
    public static final Set<String> PERSONAL = Set.of("nik", "fullName", "phone", "business.name", "business.nib");

    /** Checks the parts. */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** A change from {@code before} to {@code after}, either of which may be null. */
    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, Optional.ofNullable(before).map(String::valueOf), Optional.ofNullable(after).map(String::valueOf));
    }

    /** Whether the values are personal data. */
    public boolean personal() {
        return PERSONAL.contains(field);
    }

    /** This change as shown to anyone but the person (and the hub answering the person): personal values masked. */
    public FieldChange masked() {
        if (!personal()) {
            return this;
        }
        return new FieldChange(field, before.map(v -> mask(field, v)), after.map(v -> mask(field, v)));
    }

    /** This change with its personal values destroyed (what an erasure leaves). */
    public FieldChange withoutPersonalValues() {
        return personal() ? new FieldChange(field, Optional.empty(), Optional.empty()) : this;
    }

    /**
     * A personal value masked: a NIK keeps its first 2 and last 4 digits, a phone its first 6 and
     * last 3 characters, an NIB its last 4 digits, a name the first letter of each word.
     */
    public static String mask(String field, String value) {
        return switch (field) {
            case "nik" -> value.length() == 16 ? value.substring(0, 2) + "**********" + value.substring(12) : stars(value.length());
            case "phone" -> value.length() > 9 ? value.substring(0, 6) + stars(value.length() - 9) + value.substring(value.length() - 3)
                    : stars(value.length());
            case "business.nib" -> value.length() > 4 ? stars(value.length() - 4) + value.substring(value.length() - 4) : stars(value.length());
            default -> initials(value);
        };
    }

    private static String initials(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean start = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                start = true;
            } else {
                out.append(start ? c : '*');
                start = false;
            }
        }
        return out.toString();
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(n, 0));
    }
}
