package id.okoce.domain.financing;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A financing product as one dated version of its rules: rules that change by regulation (KUR)
 * are new versions with their own validity, never edits.
 *
 * @param id                   stable id of this version, e.g. {@code kur-mikro-2023}
 * @param family               the product these versions belong to, e.g. {@code kur-mikro}; versions of one
 *                             family never overlap in validity
 * @param bank                 the lending bank or channel, e.g. "Bank DKI"
 * @param name                 the product's name
 * @param provinces            the provinces whose members it serves
 * @param minAmount            the smallest amount, inclusive
 * @param maxAmount            the largest amount, inclusive
 * @param requiredStages       the 7PAS stages a borrower must have done
 * @param acceptedLicences     the licence types that satisfy the product; empty when none is required
 * @param minBusinessAgeMonths how old the business must be, in whole months
 * @param minBorrowerAge       the youngest borrower, in years
 * @param maxBorrowerAge       the oldest borrower, in years, if capped
 * @param maxTermMonths        the longest term, in months
 * @param noOtherCreditRequired whether the borrower must hold no other productive credit, a fact held outside
 *                             the network (for KUR, by SIKP)
 * @param validFrom            the first day the version applies
 * @param validUntil           the last day it applies, if it ends
 */
public record FinancingProduct(ProductId id, String family, String bank, String name, Set<ProvinceCode> provinces,
                               Rupiah minAmount, Rupiah maxAmount, Set<Stage> requiredStages,
                               Set<LicenceType> acceptedLicences, int minBusinessAgeMonths, int minBorrowerAge,
                               OptionalInt maxBorrowerAge, int maxTermMonths, boolean noOtherCreditRequired,
                               LocalDate validFrom, Optional<LocalDate> validUntil) {

    /** Checks the definition holds together. */
    public FinancingProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        check(ProductId.isWellFormed(family), "family",
                "family must be 3–64 characters of a-z, 0-9 and '-', starting and ending with a letter or digit");
        Objects.requireNonNull(acceptedLicences, "acceptedLicences");
        bank = Require.text(bank, 100, FinancingError.FINANCING_PRODUCT_INVALID, "bank");
        name = Require.text(name, 200, FinancingError.FINANCING_PRODUCT_INVALID, "name");
        Objects.requireNonNull(provinces, "provinces");
        Objects.requireNonNull(minAmount, "minAmount");
        Objects.requireNonNull(maxAmount, "maxAmount");
        Objects.requireNonNull(requiredStages, "requiredStages");
        Objects.requireNonNull(maxBorrowerAge, "maxBorrowerAge");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        check(!provinces.isEmpty(), "provinces", "a product covers at least one province");
        check(!minAmount.isMoreThan(maxAmount) && maxAmount.value() > 0, "maxAmount",
                "the amount range must be non-empty and positive");
        check(minBusinessAgeMonths >= 0, "minBusinessAgeMonths", "minBusinessAgeMonths must not be negative");
        check(minBorrowerAge >= 0 && minBorrowerAge <= 120, "minBorrowerAge", "minBorrowerAge must be 0–120");
        check(maxBorrowerAge.isEmpty() || maxBorrowerAge.getAsInt() >= minBorrowerAge, "maxBorrowerAge",
                "maxBorrowerAge must not be below minBorrowerAge");
        check(maxTermMonths >= 1 && maxTermMonths <= 600, "maxTermMonths", "maxTermMonths must be 1–600");
        check(validUntil.isEmpty() || !validUntil.get().isBefore(validFrom), "validUntil",
                "validUntil must not be before validFrom");
        provinces = Collections.unmodifiableSet(new TreeSet<>(provinces));
        requiredStages = Collections.unmodifiableSet(
                requiredStages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(requiredStages));
        acceptedLicences = Collections.unmodifiableSet(
                acceptedLicences.isEmpty() ? EnumSet.noneOf(LicenceType.class) : EnumSet.copyOf(acceptedLicences));
    }

    /** Whether a business licence is required: some licence types are accepted. */
    public boolean licenceRequired() {
        return !acceptedLicences.isEmpty();
    }

    /** Whether a licence of {@code type} satisfies the product. */
    public boolean accepts(LicenceType type) {
        return acceptedLicences.contains(type);
    }

    /** Whether this version's validity overlaps {@code other}'s by at least one day. */
    public boolean overlaps(FinancingProduct other) {
        boolean startsBeforeOtherEnds = other.validUntil.map(u -> !validFrom.isAfter(u)).orElse(true);
        boolean otherStartsBeforeThisEnds = validUntil.map(u -> !other.validFrom.isAfter(u)).orElse(true);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * This version ended on {@code lastDay}.
     *
     * @throws DomainException {@code FINANCING_PRODUCT_INVALID} on {@code validUntil} when the day is before the
     *                         version starts or after an end it already has
     */
    public FinancingProduct endedOn(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        check(!lastDay.isBefore(validFrom), "validUntil", "a version cannot end before it starts (" + validFrom + ")");
        check(validUntil.map(u -> !lastDay.isAfter(u)).orElse(true), "validUntil",
                "the version already ends on " + validUntil.orElse(null) + "; a version is ended early, never extended");
        return new FinancingProduct(id, family, bank, name, provinces, minAmount, maxAmount, requiredStages,
                acceptedLicences, minBusinessAgeMonths, minBorrowerAge, maxBorrowerAge, maxTermMonths,
                noOtherCreditRequired, validFrom, Optional.of(lastDay));
    }

    private static void check(boolean condition, String field, String message) {
        if (!condition) {
            throw new DomainException(FinancingError.FINANCING_PRODUCT_INVALID, field, message);
        }
    }

    /** Whether this version applies on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && validUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    /** Whether members living in {@code province} are served. */
    public boolean covers(ProvinceCode province) {
        return provinces.contains(province);
    }

    /** Whether {@code amount} is within the range. */
    public boolean allows(Rupiah amount) {
        return !minAmount.isMoreThan(amount) && !amount.isMoreThan(maxAmount);
    }
}
