package id.okoce.adapter.http.financing;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.member.MemberResponse;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request and response bodies of the financing routes. */
public final class FinancingJson {

    private FinancingJson() {
    }

    /**
     * A financing product, as defined and as listed. Amounts are whole rupiah.
     *
     * @param id                   stable id, e.g. kur-mikro-2023
     * @param bank                 the lending bank
     * @param name                 the product's name
     * @param provinces            province codes it serves
     * @param minAmount            smallest amount
     * @param maxAmount            largest amount
     * @param requiredStages       stage codes a borrower must have done
     * @param licenceRequired      whether a business licence is required
     * @param minBusinessAgeMonths minimum business age
     * @param minBorrowerAge       youngest borrower
     * @param maxBorrowerAge       oldest borrower, if capped
     * @param maxTermMonths        longest term
     * @param validFrom            first day this version applies
     * @param validUntil           last day, if it ends
     */
    public record Product(@ApiField(value = "stable id, a-z 0-9 and -", example = "kur-mikro-2023") String id,
                          @ApiField(value = "lending bank", example = "Bank DKI") String bank,
                          @ApiField("product name") String name,
                          @ApiField("province codes it serves") List<String> provinces,
                          @ApiField(value = "smallest amount, whole rupiah", example = "1") Long minAmount,
                          @ApiField(value = "largest amount, whole rupiah", example = "10000000") Long maxAmount,
                          @ApiField("stage codes a borrower must have done") List<String> requiredStages,
                          @ApiField("whether a business licence (P4 or an NIB) is required") Boolean licenceRequired,
                          @ApiField("minimum business age in months") Integer minBusinessAgeMonths,
                          @ApiField("youngest borrower, years") Integer minBorrowerAge,
                          @ApiField(value = "oldest borrower, years", optional = true) Integer maxBorrowerAge,
                          @ApiField("longest term in months") Integer maxTermMonths,
                          @ApiField("first day this version applies") LocalDate validFrom,
                          @ApiField(value = "last day this version applies", optional = true) LocalDate validUntil) {

        /** The body for {@code p}. */
        public static Product of(FinancingProduct p) {
            return new Product(p.id().value(), p.bank(), p.name(), p.provinces().stream().map(ProvinceCode::value).toList(),
                    p.minAmount().value(), p.maxAmount().value(), p.requiredStages().stream().map(Stage::code).toList(),
                    p.licenceRequired(), p.minBusinessAgeMonths(), p.minBorrowerAge(),
                    p.maxBorrowerAge().isPresent() ? p.maxBorrowerAge().getAsInt() : null, p.maxTermMonths(), p.validFrom(),
                    p.validUntil().orElse(null));
        }
    }

    /**
     * An eligibility decision with every rule's outcome.
     *
     * @param productId the product
     * @param memberId  the member
     * @param amount    the amount asked
     * @param on        the day judged at
     * @param eligible  true exactly when every rule passed
     * @param outcomes  every rule, in order
     */
    public record Decision(@ApiField("product id") String productId,
                           @ApiField(value = "member id", format = "uuid") UUID memberId,
                           @ApiField("amount asked, whole rupiah") long amount,
                           @ApiField("the day judged at") LocalDate on,
                           @ApiField("true exactly when every rule passed") boolean eligible,
                           @ApiField("every rule's outcome, in a fixed order") List<Outcome> outcomes) {

        /** The body for {@code d}. */
        public static Decision of(FinancingDecision d) {
            return new Decision(d.productId().value(), d.memberId().value(), d.amount().value(), d.date(), d.eligible(),
                    d.outcomes().stream().map(o -> new Outcome(o.code(), o.passed(), o.message())).toList());
        }
    }

    /**
     * One rule's outcome.
     *
     * @param code    the rule's code, e.g. REGION_NOT_COVERED
     * @param passed  whether the member meets it
     * @param message why, for people
     */
    public record Outcome(@ApiField(value = "rule code", example = "REGION_NOT_COVERED") String code,
                          @ApiField("whether the member meets the rule") boolean passed,
                          @ApiField("why") String message) {
    }

    /**
     * {@code POST /api/v1/members/{id}/financings}.
     *
     * @param product    product id
     * @param amount     amount granted
     * @param termMonths term
     * @param reference  the bank's reference
     * @param grantedOn  grant day; today when absent
     */
    public record Grant(@ApiField(value = "product id", example = "bank-dki-kredit-monas-pemula-2018") String product,
                        @ApiField(value = "amount granted, whole rupiah", example = "10000000") Long amount,
                        @ApiField(value = "term in months", example = "18") Integer termMonths,
                        @ApiField(value = "the bank's reference", example = "BDKI-2019-0001") String reference,
                        @ApiField(value = "grant day; today when absent", optional = true) LocalDate grantedOn) {
    }

    /**
     * Financing granted.
     *
     * @param id         its id
     * @param memberId   the borrower
     * @param productId  the product
     * @param amount     the amount
     * @param grantedOn  the grant day
     * @param termMonths the term
     * @param reference  the bank's reference
     * @param member     the member afterwards (P7 done)
     */
    public record Granted(@ApiField(value = "financing id", format = "uuid") UUID id,
                          @ApiField(value = "member id", format = "uuid") UUID memberId,
                          @ApiField("product id") String productId,
                          @ApiField("amount, whole rupiah") long amount,
                          @ApiField("grant day") LocalDate grantedOn,
                          @ApiField("term in months") int termMonths,
                          @ApiField("the bank's reference") String reference,
                          @ApiField("the member afterwards, with P7 done") MemberResponse member) {

        /** The body for {@code f} and the member after it. */
        public static Granted of(Financing f, Member member) {
            return new Granted(f.id().value(), f.memberId().value(), f.productId().value(), f.amount().value(), f.grantedOn(),
                    f.termMonths(), f.reference(), MemberResponse.of(member));
        }
    }

    /**
     * Financing as recorded.
     *
     * @param id         its id
     * @param memberId   the borrower
     * @param productId  the product
     * @param amount     the amount
     * @param grantedOn  the grant day
     * @param termMonths the term
     * @param reference  the bank's reference
     */
    public record Recorded(@ApiField(value = "financing id", format = "uuid") UUID id,
                           @ApiField(value = "member id", format = "uuid") UUID memberId,
                           @ApiField("product id") String productId,
                           @ApiField("amount, whole rupiah") long amount,
                           @ApiField("grant day") LocalDate grantedOn,
                           @ApiField("term in months") int termMonths,
                           @ApiField("the bank's reference") String reference) {

        /** The body for {@code f}. */
        public static Recorded of(Financing f) {
            return new Recorded(f.id().value(), f.memberId().value(), f.productId().value(), f.amount().value(), f.grantedOn(),
                    f.termMonths(), f.reference());
        }
    }
}
