package id.okoce.domain.region;

import id.okoce.domain.shared.DomainException;

/** Turns the dotted or plain form of a region code into its bare digits, or refuses it. */
final class CodeShape {

    private CodeShape() {
    }

    /**
     * Accepts {@code pairs} two-digit groups, either run together ({@code 317101}) or separated by
     * dots ({@code 31.71.01}), and returns the bare digits.
     */
    static String digits(String raw, int pairs, String field) {
        if (raw == null) {
            throw new DomainException(RegionError.REGION_MALFORMED, field, field + " is required");
        }
        String text = raw.strip();
        int plainLength = pairs * 2;
        int dottedLength = plainLength + pairs - 1;
        StringBuilder digits = new StringBuilder(plainLength);
        if (text.length() == plainLength) {
            digits.append(text);
        } else if (text.length() == dottedLength) {
            for (int i = 0; i < text.length(); i++) {
                boolean dotPlace = i % 3 == 2;
                char c = text.charAt(i);
                if (dotPlace != (c == '.')) {
                    throw malformed(raw, pairs, field);
                }
                if (!dotPlace) {
                    digits.append(c);
                }
            }
        } else {
            throw malformed(raw, pairs, field);
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(raw, pairs, field);
            }
        }
        return digits.toString();
    }

    /** The dotted form of bare digits: {@code 317101} → {@code 31.71.01}. */
    static String dotted(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 2);
        for (int i = 0; i < digits.length(); i += 2) {
            if (i > 0) {
                out.append('.');
            }
            out.append(digits, i, i + 2);
        }
        return out.toString();
    }

    private static DomainException malformed(String raw, int pairs, String field) {
        String example = switch (pairs) {
            case 1 -> "31";
            case 2 -> "31.71 or 3171";
            default -> "31.71.01 or 317101";
        };
        return new DomainException(RegionError.REGION_MALFORMED, field,
                field + " must be a Kemendagri code like " + example + ", got '" + raw + "'");
    }
}
