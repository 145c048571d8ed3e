package id.okoce.domain.financing;

import id.okoce.domain.shared.DomainException;

/**
 * An amount in whole rupiah (never floating point).
 *
 * @param value zero or more
 */
public record Rupiah(long value) implements Comparable<Rupiah> {

    /** Checks the amount is not negative. */
    public Rupiah {
        if (value < 0) {
            throw new DomainException(FinancingError.AMOUNT_INVALID, "amount", "amount must not be negative, got " + value);
        }
    }

    /** The amount {@code value} rupiah. */
    public static Rupiah of(long value) {
        return new Rupiah(value);
    }

    /** Whether this is more than {@code other}. */
    public boolean isMoreThan(Rupiah other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(value, other.value);
    }

    /** Indonesian style, e.g. {@code Rp 10.000.000}. */
    @Override
    public String toString() {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder("Rp ");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
