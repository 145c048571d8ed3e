package id.okoce.domain.financing;

import id.okoce.domain.shared.DomainException;

/**
 * A financing product's stable id, a lower-case slug such as {@code kur-mikro-2023}.
 *
 * @param value 3–64 characters of {@code a-z}, {@code 0-9} and {@code -}
 */
public record ProductId(String value) {

    /** Checks the slug. */
    public ProductId {
        if (!isWellFormed(value)) {
            throw new DomainException(FinancingError.FINANCING_PRODUCT_INVALID, "product",
                    "product id must be 3–64 characters of a-z, 0-9 and -, got '" + value + "'");
        }
    }

    /** Whether {@code value} is a well-formed slug: 3–64 characters of a-z, 0-9 and '-', not starting or ending with '-'. */
    public static boolean isWellFormed(String value) {
        return value != null && value.matches("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    }

    /** Parses a product id. */
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
