package id.okoce.domain.financing;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.stage.Stage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules every product is judged by, in the order decisions report them. */
public final class StandardEligibilityRules {

    /** The product version applies on the date. */
    public static final EligibilityRule PRODUCT_IN_FORCE = rule("PRODUCT_NOT_IN_FORCE", c -> RuleOutcome.of(
            "PRODUCT_NOT_IN_FORCE", c.product().inForceOn(c.date()),
            c.product().name() + " is in force on " + c.date(),
            c.product().name() + " is not in force on " + c.date()));

    /** The product serves the member's province of domicile. */
    public static final EligibilityRule REGION_COVERED = rule("REGION_NOT_COVERED", c -> RuleOutcome.of(
            "REGION_NOT_COVERED", c.product().covers(c.member().province()),
            c.product().bank() + " lends in province " + c.member().province(),
            c.product().bank() + " does not lend in province " + c.member().province()));

    /** The amount is within the product's range. */
    public static final EligibilityRule AMOUNT_IN_RANGE = rule("AMOUNT_OUT_OF_RANGE", c -> RuleOutcome.of(
            "AMOUNT_OUT_OF_RANGE", c.product().allows(c.amount()),
            c.amount() + " is within " + c.product().minAmount() + " – " + c.product().maxAmount(),
            c.amount() + " is outside " + c.product().minAmount() + " – " + c.product().maxAmount()));

    /** The member has done every stage the product requires. */
    public static final EligibilityRule STAGES_COMPLETE = rule("STAGES_INCOMPLETE", c -> {
        Set<Stage> missing = c.member().stages().missingOn(c.product().requiredStages(), c.date());
        return RuleOutcome.of("STAGES_INCOMPLETE", missing.isEmpty(),
                "every required stage was done by " + c.date(),
                "stages not done by " + c.date() + ": " + missing.stream().map(Stage::code).collect(Collectors.joining(", ")));
    });

    /** A licence the product accepts was held on the date, when the product requires one. */
    public static final EligibilityRule LICENCE_HELD = rule("LICENCE_MISSING", c -> {
        if (!c.product().licenceRequired()) {
            return RuleOutcome.pass("LICENCE_MISSING", "no licence is required");
        }
        Set<LicenceType> held = c.member().licenceTypesOn(c.date());
        Optional<LicenceType> accepted = held.stream().filter(c.product()::accepts).findFirst();
        String wanted = c.product().acceptedLicences().stream().map(LicenceType::label).collect(Collectors.joining(" or "));
        return RuleOutcome.of("LICENCE_MISSING", accepted.isPresent(),
                "the business held a " + accepted.map(LicenceType::label).orElse("") + " licence on " + c.date(),
                "a licence (" + wanted + ") is required; held on " + c.date() + ": "
                        + (held.isEmpty() ? "none" : held.stream().map(LicenceType::label).collect(Collectors.joining(", "))));
    });

    /** The business is old enough. */
    public static final EligibilityRule BUSINESS_OLD_ENOUGH = rule("BUSINESS_TOO_YOUNG", c -> {
        long months = c.member().business().ageInMonthsOn(c.date());
        return RuleOutcome.of("BUSINESS_TOO_YOUNG", months >= c.product().minBusinessAgeMonths(),
                "the business is " + months + " months old",
                "the business is " + months + " months old; at least " + c.product().minBusinessAgeMonths() + " required");
    });

    /** The borrower's age, from the NIK, is within the product's range. */
    public static final EligibilityRule BORROWER_AGE_IN_RANGE = rule("BORROWER_AGE_OUT_OF_RANGE", c -> {
        int age = c.member().nik().ageOn(c.date());
        int min = c.product().minBorrowerAge();
        boolean underMax = c.product().maxBorrowerAge().isEmpty() || age <= c.product().maxBorrowerAge().getAsInt();
        String range = c.product().maxBorrowerAge().isPresent()
                ? min + "–" + c.product().maxBorrowerAge().getAsInt() : min + " or over";
        return RuleOutcome.of("BORROWER_AGE_OUT_OF_RANGE", age >= min && underMax,
                "the borrower is " + age + ", within " + range,
                "the borrower is " + age + "; must be " + range);
    });

    /** No other financing's term is running on the date. */
    public static final EligibilityRule NO_ACTIVE_FINANCING = rule("ACTIVE_FINANCING_EXISTS", c -> {
        List<Financing> active = c.financings().stream().filter(f -> f.activeOn(c.date())).toList();
        return RuleOutcome.of("ACTIVE_FINANCING_EXISTS", active.isEmpty(),
                "no other financing is running",
                "financing " + (active.isEmpty() ? "" : active.get(0).productId()) + " is still running");
    });

    /**
     * No other productive credit is held, where the product asks: a fact only a source outside the network
     * (SIKP for KUR) knows, so the outcome is unknown when that source cannot tell.
     */
    public static final EligibilityRule NO_OTHER_CREDIT = rule("OTHER_CREDIT_HELD", c -> {
        if (!c.product().noOtherCreditRequired()) {
            return RuleOutcome.pass("OTHER_CREDIT_HELD", "the product does not ask about other credit");
        }
        OtherCredit other = c.otherCredit();
        return switch (other.known()) {
            case NONE_HELD -> RuleOutcome.pass("OTHER_CREDIT_HELD", other.source() + ": no other productive credit held");
            case HELD -> RuleOutcome.fail("OTHER_CREDIT_HELD", other.source() + ": other productive credit is held ("
                    + other.detail() + ")");
            case UNKNOWN -> RuleOutcome.unknown("OTHER_CREDIT_HELD", "whether other productive credit is held is unknown: "
                    + other.detail());
        };
    });

    /** All of the above, in report order. */
    public static final List<EligibilityRule> ALL = List.of(PRODUCT_IN_FORCE, REGION_COVERED, AMOUNT_IN_RANGE,
            STAGES_COMPLETE, LICENCE_HELD, BUSINESS_OLD_ENOUGH, BORROWER_AGE_IN_RANGE, NO_ACTIVE_FINANCING,
            NO_OTHER_CREDIT);

    private StandardEligibilityRules() {
    }

    private static EligibilityRule rule(String code, Function<EligibilityCase, RuleOutcome> body) {
        return new EligibilityRule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public RuleOutcome evaluate(EligibilityCase c) {
                return body.apply(c);
            }

            @Override
            public String toString() {
                return code;
            }
        };
    }
}
