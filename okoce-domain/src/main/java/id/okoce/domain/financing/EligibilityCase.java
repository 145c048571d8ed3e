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
 * @param financings  the financing already granted to the member, under any product
 * @param otherCredit what a source outside the network knows of the member's other productive credit on the date
 */
public record EligibilityCase(Member member, FinancingProduct product, Rupiah amount, LocalDate date,
                              List<Financing> financings, OtherCredit otherCredit) {

    /** A case with no source for other credit: that fact is unknown. */
    public EligibilityCase(Member member, FinancingProduct product, Rupiah amount, LocalDate date,
                           List<Financing> financings) {
        this(member, product, amount, date, financings,
                OtherCredit.unknown("none configured", "no source of other productive credit is configured"));
    }

    /** Copies the financings. */
    public EligibilityCase {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(otherCredit, "otherCredit");
        financings = List.copyOf(financings);
    }
}
