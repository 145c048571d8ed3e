package id.okoce.domain.business;

import id.okoce.domain.shared.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's business (usaha).
 *
 * @param name      the business's name, 1–120 characters
 * @param sector    its sector
 * @param startedOn when it started trading
 * @param nib       its NIB, if it has one
 */
public record Business(String name, BusinessSector sector, LocalDate startedOn, Optional<Nib> nib) {

    /** Checks the parts; the name is stripped. */
    public Business {
        name = Require.text(name, 120, BusinessError.BUSINESS_NAME_INVALID, "business.name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(nib, "nib");
    }

    /** Age of the business in whole months on {@code date} (0 when it starts later). */
    public long ageInMonthsOn(LocalDate date) {
        return Math.max(0, ChronoUnit.MONTHS.between(startedOn, date));
    }
}
