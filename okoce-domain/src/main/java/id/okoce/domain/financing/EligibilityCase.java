package id.okoce.domain.financing;

import id.okoce.domain.member.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an eligibility rule may look at.
 *
 * @param member     the applicant
 * @param product    the product asked for
 * @param amount     the amount asked for
 * @param date       the day to judge at
 * @param financings the financing already granted to the member, under any product
 */
public record EligibilityCase(Member member, FinancingProduct product, Rupiah amount, LocalDate date,
                              List<Financing> financings) {

    /** Copies the financings. */
    public EligibilityCase {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        financings = List.copyOf(financings);
    }
}
