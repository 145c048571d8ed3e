package id.okoce.adapter.http.financing;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.member.MemberResponse;
import id.okoce.application.port.in.financing.ApplicantView;
import id.okoce.application.port.in.financing.FinancingGranted;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.FinancingRefusal;
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
     * @param id                   stable id of this version, e.g. kur-mikro-2023
     * @param family               the product family its versions share, e.g. kur-mikro
     * @param bank                 the lending bank
     * @param name                 the product's name
     * @param provinces            province codes it serves
     * @param minAmount            smallest amount
     * @param maxAmount            largest amount
     * @param requiredStages       stage codes a borrower must have done
     * @param acceptedLicences     licence types that satisfy it (IUMK, SKU, SIUP, SP-PIRT, NIB); empty: none required
     * @param minBusinessAgeMonths minimum business age
     * @param minBorrowerAge       youngest borrower
     * @param maxBorrowerAge       oldest borrower, if capped
     * @param maxTermMonths        longest term
     * @param noOtherCreditRequired whether the borrower must hold no other productive credit (known to SIKP)
     * @param validFrom            first day this version applies
     * @param validUntil           last day, if it ends
     */
    public record Product(@ApiField(value = "stable id of this version, a-z 0-9 and -", example = "kur-mikro-2023") String id,
                          @ApiField(value = "the family its versions share, a-z 0-9 and -", example = "kur-mikro") String family,
                          @ApiField(value = "lending bank", example = "Bank DKI") String bank,
                          @ApiField("product name") String name,
                          @ApiField("province codes it serves") List<String> provinces,
                          @ApiField(value = "smallest amount, whole rupiah", example = "1") Long minAmount,
                          @ApiField(value = "largest amount, whole rupiah", example = "10000000") Long maxAmount,
                          @ApiField("stage codes a borrower must have done") List<String> requiredStages,
                          @ApiField(value = "licence types that satisfy the product (IUMK, SKU, SIUP, SP-PIRT, NIB); empty when "
                                  + "none is required") List<String> acceptedLicences,
                          @ApiField("minimum business age in months") Integer minBusinessAgeMonths,
                          @ApiField("youngest borrower, years") Integer minBorrowerAge,
                          @ApiField(value = "oldest borrower, years", optional = true) Integer maxBorrowerAge,
                          @ApiField("longest term in months") Integer maxTermMonths,
                          @ApiField(value = "whether the borrower must hold no other productive credit (a fact SIKP holds)",
                                  optional = true) Boolean noOtherCreditRequired,
                          @ApiField("first day this version applies") LocalDate validFrom,
                          @ApiField(value = "last day this version applies", optional = true) LocalDate validUntil) {

        /** The body for {@code p}. */
        public static Product of(FinancingProduct p) {
            return new Product(p.id().value(), p.family(), p.bank(), p.name(),
                    p.provinces().stream().map(ProvinceCode::value).toList(),
                    p.minAmount().value(), p.maxAmount().value(), p.requiredStages().stream().map(Stage::code).toList(),
                    p.acceptedLicences().stream().map(LicenceType::label).toList(), p.minBusinessAgeMonths(), p.minBorrowerAge(),
                    p.maxBorrowerAge().isPresent() ? p.maxBorrowerAge().getAsInt() : null, p.maxTermMonths(),
                    p.noOtherCreditRequired(), p.validFrom(), p.validUntil().orElse(null));
        }
    }

    /**
     * An eligibility decision with every rule's outcome.
     *
     * @param productId the product version judged by (the one in force on the day, when a family was named)
     * @param memberId  the member
     * @param amount    the amount asked
     * @param on        the day judged at
     * @param status    ELIGIBLE, NOT_ELIGIBLE, or UNDECIDED (no rule failed, a fact held elsewhere is unknown)
     * @param eligible  true exactly when every rule passed
     * @param outcomes  every rule, in order
     */
    public record Decision(@ApiField("product version id") String productId,
                           @ApiField(value = "member id", format = "uuid") UUID memberId,
                           @ApiField("amount asked, whole rupiah") long amount,
                           @ApiField("the day judged at") LocalDate on,
                           @ApiField(value = "ELIGIBLE, NOT_ELIGIBLE or UNDECIDED (no rule failed, a fact held elsewhere is "
                                   + "unknown)", example = "UNDECIDED") String status,
                           @ApiField("true exactly when every rule passed") boolean eligible,
                           @ApiField("every rule's outcome, in a fixed order") List<Outcome> outcomes) {

        /** The body for {@code d}. */
        public static Decision of(FinancingDecision d) {
            return new Decision(d.productId().value(), d.memberId().value(), d.amount().value(), d.date(), d.status().name(),
                    d.eligible(), d.outcomes().stream().map(o -> new Outcome(o.code(), o.verdict().name(), o.passed(),
                            o.message())).toList());
        }
    }

    /**
     * One rule's outcome.
     *
     * @param code    the rule's code, e.g. REGION_NOT_COVERED
     * @param verdict PASSED, FAILED or UNKNOWN
     * @param passed  whether the member meets it
     * @param message why, for people
     */
    public record Outcome(@ApiField(value = "rule code", example = "REGION_NOT_COVERED") String code,
                          @ApiField(value = "PASSED, FAILED or UNKNOWN (the fact is held elsewhere and was not known)",
                                  example = "PASSED") String verdict,
                          @ApiField("whether the member meets the rule") boolean passed,
                          @ApiField("why") String message) {
    }

    /**
     * {@code POST /api/v1/financing-products/{id}/end}.
     *
     * @param validUntil the version's new last day
     * @param reason     why it ends early
     */
    public record End(@ApiField(value = "the version's new last day", example = "2024-12-31") LocalDate validUntil,
                      @ApiField(value = "why it ends early", example = "Permenko 1/2025") String reason) {
    }

    /**
     * Whether P7 was completed by a financing.
     *
     * @param done    whether P7 is done now
     * @param code    when open: the stage rule that keeps it open, e.g. STAGE_OUT_OF_ORDER
     * @param message when open: why
     */
    public record CapitalStage(@ApiField("whether P7 (Permodalan) is done") boolean done,
                               @ApiField(value = "the stage rule that keeps P7 open", optional = true,
                                       example = "STAGE_OUT_OF_ORDER") String code,
                               @ApiField(value = "why P7 stays open", optional = true) String message) {
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
     * @param decision   the eligibility decision on the grant day
     * @param capitalStage whether P7 was completed, and if not why
     * @param member     the member afterwards (for the hub; a bank reads what it needs through its own view)
     */
    public record Granted(@ApiField(value = "financing id", format = "uuid") UUID id,
                          @ApiField(value = "member id", format = "uuid") UUID memberId,
                          @ApiField("product id") String productId,
                          @ApiField("amount, whole rupiah") long amount,
                          @ApiField("grant day") LocalDate grantedOn,
                          @ApiField("term in months") int termMonths,
                          @ApiField("the bank's reference") String reference,
                          @ApiField("the eligibility decision on the grant day") Decision decision,
                          @ApiField("whether P7 was completed, and if not why") CapitalStage capitalStage,
                          @ApiField(value = "the member afterwards (for the hub)", optional = true) MemberResponse member) {

        /** The body for what recording produced; the member only when {@code withMember}. */
        public static Granted of(FinancingGranted g, boolean withMember) {
            Financing f = g.financing();
            CapitalStage p7 = g.capitalStageOpen().map(open -> new CapitalStage(false, open.code(), open.message()))
                    .orElseGet(() -> new CapitalStage(g.member().stages().isDone(Stage.CAPITAL), null, null));
            return new Granted(f.id().value(), f.memberId().value(), f.productId().value(), f.amount().value(), f.grantedOn(),
                    f.termMonths(), f.reference(), Decision.of(g.decision()), p7,
                    withMember ? MemberResponse.of(g.member()) : null);
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

    /**
     * A page of financing.
     *
     * @param financings the records, in id order
     * @param nextCursor the cursor of the next page, absent on the last
     */
    public record LoanPage(@ApiField("financing records, in id order") List<Recorded> financings,
                           @ApiField(value = "the cursor of the next page; absent on the last", optional = true)
                           String nextCursor) {
    }

    /**
     * An applicant as a loan officer sees them.
     *
     * @param id           member id
     * @param memberNumber member number
     * @param nik          the NIK, masked
     * @param province     province of domicile
     * @param registeredOn the registration day
     * @param stages       stages done with their days
     * @param licences     licences held today with the day each counts from
     * @param financings   the asking bank's loans running today
     */
    public record Applicant(@ApiField(value = "member id", format = "uuid") UUID id,
                            @ApiField(value = "member number", example = "OKOCE-31-0000001") String memberNumber,
                            @ApiField(value = "NIK, masked", example = "31**********0001") String nik,
                            @ApiField(value = "province code", example = "31") String province,
                            @ApiField("registration day (P1)") LocalDate registeredOn,
                            @ApiField("stages done, with their days") List<StageOn> stages,
                            @ApiField("licences held today, with the day each counts from") List<LicenceOn> licences,
                            @ApiField("the asking bank's loans running today") List<Recorded> financings) {

        /** The body for {@code v}. */
        public static Applicant of(ApplicantView v) {
            return new Applicant(v.id().value(), v.number().toString(), v.nik().masked(), v.province().value(), v.registeredOn(),
                    v.stages().stream().map(s -> new StageOn(s.stage().code(), s.on())).toList(),
                    v.licences().stream().map(l -> new LicenceOn(l.type().label(), l.since())).toList(),
                    v.financings().stream().map(Recorded::of).toList());
        }
    }

    /**
     * A stage done on a day.
     *
     * @param stage the stage code
     * @param on    the day
     */
    public record StageOn(@ApiField(value = "stage code", example = "P4") String stage, @ApiField("the day it was done") LocalDate on) {
    }

    /**
     * A licence held since a day.
     *
     * @param type  IUMK, SKU, SIUP, SP-PIRT or NIB
     * @param since the day it counts from
     */
    public record LicenceOn(@ApiField(value = "licence type", example = "NIB") String type,
                            @ApiField("the day it counts from") LocalDate since) {
    }

    /**
     * {@code POST /api/v1/members/{id}/financing-refusals}.
     *
     * @param product   product version id, or its family
     * @param amount    the amount asked for
     * @param reason    the reason code
     * @param note      the bank's words (required for OTHER)
     * @param decidedOn the day the bank decided; today when absent
     */
    public record Refusal(@ApiField(value = "product version id, or its family (the version in force on the day)",
                                  example = "kur-mikro") String product,
                          @ApiField(value = "amount asked for, whole rupiah", example = "20000000") Long amount,
                          @ApiField(value = "why", allowedFrom = FinancingRefusal.Reason.class) String reason,
                          @ApiField(value = "the bank's words, 1–500 characters (required for OTHER)", optional = true) String note,
                          @ApiField(value = "the day the bank decided; today when absent", optional = true) LocalDate decidedOn) {
    }

    /**
     * A refusal as recorded.
     *
     * @param id        its id
     * @param memberId  the applicant
     * @param productId the product version
     * @param amount    the amount asked for
     * @param decidedOn the day decided
     * @param reason    the reason code
     * @param note      the bank's words
     */
    public record Refused(@ApiField(value = "refusal id", format = "uuid") UUID id,
                          @ApiField(value = "member id", format = "uuid") UUID memberId,
                          @ApiField("product version id") String productId,
                          @ApiField("amount asked for, whole rupiah") long amount,
                          @ApiField("the day decided") LocalDate decidedOn,
                          @ApiField(value = "why", allowedFrom = FinancingRefusal.Reason.class) String reason,
                          @ApiField(value = "the bank's words", optional = true) String note) {

        /** The body for {@code r}. */
        public static Refused of(FinancingRefusal r) {
            return new Refused(r.id().value(), r.memberId().value(), r.productId().value(), r.amount().value(), r.decidedOn(),
                    r.reason().name(), r.note().orElse(null));
        }
    }
}
