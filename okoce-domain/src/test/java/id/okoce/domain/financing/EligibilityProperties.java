package id.okoce.domain.financing;

import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.Member;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.testdata.MemberBuilder;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Eligibility over generated members, products, amounts, dates and financings, compared rule by
 * rule with an oracle that works from the raw facts the generator chose (the birth date put into
 * the NIK, the day the business started, how many stages were done, the product's plain fields)
 * with arithmetic of its own, not with the domain's methods.
 */
class EligibilityProperties {

    private static final List<FinancingProduct> PRODUCTS = FinancingCatalogue.builtIn();
    private static final LocalDate REGISTERED = LocalDate.of(2018, 9, 10);

    /** The raw facts of one case. */
    private record Facts(FinancingProduct product, String province, int highestStage, boolean nib, long amount, int daysAfter,
                         int businessDaysBefore, int ageDays, Optional<int[]> financing, OtherCredit.Known otherCredit) {
    }

    private static Gen<Facts> facts() {
        Gen<FinancingProduct> products = Generate.pick(PRODUCTS);
        Gen<String> provinces = Generate.pick(List.of("31", "32", "33", "51", "96"));
        Gen<Optional<int[]>> financing = booleans().all().zip(integers().between(-400, 400), integers().between(1, 36),
                (any, grantedOffset, term) -> any ? Optional.of(new int[] {grantedOffset, term}) : Optional.empty());
        return products.zip(provinces, integers().between(1, 7), booleans().all(), (p, prov, highest, nib) -> new Facts(p, prov, highest,
                        nib, 0, 0, 0, 0, Optional.empty(), OtherCredit.Known.UNKNOWN))
                .zip(longs().between(0, 600_000_000), integers().between(0, 3000), integers().between(0, 2000),
                        (f, amount, after, business) -> new Facts(f.product(), f.province(), f.highestStage(), f.nib(), amount, after,
                                business, 0, Optional.empty(), OtherCredit.Known.UNKNOWN))
                .zip(integers().between(16 * 365, 70 * 365), financing, Generate.enumValues(OtherCredit.Known.class),
                        (f, age, fin, other) -> new Facts(f.product(), f.province(), f.highestStage(), f.nib(), f.amount(),
                                f.daysAfter(), f.businessDaysBefore(), age, fin, other));
    }

    /** Whole months from {@code from} to {@code to}, counted on the calendar (never negative). */
    private static long months(LocalDate from, LocalDate to) {
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
        if (to.getDayOfMonth() < from.getDayOfMonth()) {
            months--;
        }
        return Math.max(0, months);
    }

    /** Whole years from a birth date to a day. */
    private static int years(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        boolean beforeBirthday = on.getMonthValue() < birth.getMonthValue()
                || (on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() < birth.getDayOfMonth());
        return beforeBirthday ? years - 1 : years;
    }

    private static Map<String, String> oracle(Facts f, LocalDate on, LocalDate businessStart, LocalDate birth) {
        Map<String, String> expected = new LinkedHashMap<>();
        oracleOfFacts(f, on, businessStart, birth).forEach((code, passed) -> expected.put(code, passed ? "PASSED" : "FAILED"));
        String other = !f.product().noOtherCreditRequired() ? "PASSED" : switch (f.otherCredit()) {
            case NONE_HELD -> "PASSED";
            case HELD -> "FAILED";
            case UNKNOWN -> "UNKNOWN";
        };
        expected.put("OTHER_CREDIT_HELD", other);
        return expected;
    }

    /** The builder completes stage n (n ≥ 2) n − 1 days after registration; P4's licence is an IUMK. */
    private static boolean stageDoneOn(Facts f, int stage, LocalDate on) {
        return stage <= f.highestStage() && !REGISTERED.plusDays(stage - 1L).isAfter(on);
    }

    private static Map<String, Boolean> oracleOfFacts(Facts f, LocalDate on, LocalDate businessStart, LocalDate birth) {
        FinancingProduct p = f.product();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("PRODUCT_NOT_IN_FORCE", !on.isBefore(p.validFrom()) && p.validUntil().map(u -> !on.isAfter(u)).orElse(true));
        expected.put("REGION_NOT_COVERED", p.provinces().stream().anyMatch(code -> code.value().equals(f.province())));
        expected.put("AMOUNT_OUT_OF_RANGE", f.amount() >= p.minAmount().value() && f.amount() <= p.maxAmount().value());
        expected.put("STAGES_INCOMPLETE", p.requiredStages().stream().allMatch(s -> stageDoneOn(f, s.number(), on)));
        LocalDate nibFrom = businessStart.isAfter(LocalDate.of(2018, 7, 9)) ? businessStart : LocalDate.of(2018, 7, 9);
        boolean nibHeld = f.nib() && !on.isBefore(nibFrom) && p.acceptedLicences().contains(LicenceType.NIB);
        boolean iumkHeld = stageDoneOn(f, 4, on) && p.acceptedLicences().contains(LicenceType.IUMK);
        expected.put("LICENCE_MISSING", p.acceptedLicences().isEmpty() || nibHeld || iumkHeld);
        expected.put("BUSINESS_TOO_YOUNG", months(businessStart, on) >= p.minBusinessAgeMonths());
        int age = years(birth, on);
        expected.put("BORROWER_AGE_OUT_OF_RANGE", age >= p.minBorrowerAge()
                && (p.maxBorrowerAge().isEmpty() || age <= p.maxBorrowerAge().getAsInt()));
        expected.put("ACTIVE_FINANCING_EXISTS", f.financing().map(fin -> {
            LocalDate granted = REGISTERED.plusDays(fin[0]);
            return on.isBefore(granted) || !on.isBefore(granted.plusMonths(fin[1]));
        }).orElse(true));
        return expected;
    }

    @Test
    void every_rule_passes_fails_or_is_unknown_as_the_oracle_says_on_the_day_judged() {
        qt().withExamples(3000).forAll(facts()).checkAssert(f -> {
            LocalDate on = REGISTERED.plusDays(f.daysAfter());
            LocalDate businessStart = REGISTERED.minusDays(f.businessDaysBefore());
            LocalDate birth = REGISTERED.minusDays(f.ageDays());
            MemberBuilder builder = aMember().inProvince(f.province()).withStagesUpTo(Stage.number(f.highestStage()))
                    .withNik(Niks.nik("317101", birth, Sex.MALE, 1 + (f.ageDays() % 9999))).businessStartedOn(businessStart);
            if (f.nib()) {
                builder.withNib("9120001234567");
            }
            Member member = builder.build();
            List<Financing> financings = f.financing().map(fin -> List.of(new Financing(FinancingId.random(), member.id(),
                    f.product().id(), Rupiah.of(1), REGISTERED.plusDays(fin[0]), fin[1], "REF"))).orElse(List.of());

            OtherCredit other = new OtherCredit(f.otherCredit(), "SIKP", "answered " + f.otherCredit());
            FinancingDecision decision = EligibilityPolicy.standard()
                    .decide(new EligibilityCase(member, f.product(), Rupiah.of(f.amount()), on, financings, other));

            Map<String, String> expected = oracle(f, on, businessStart, birth);
            Map<String, String> actual = new LinkedHashMap<>();
            decision.outcomes().forEach(o -> actual.put(o.code(), o.verdict().name()));
            assertThat(actual).as("every rule's outcome, in the published order").containsExactlyEntriesOf(expected);
            FinancingDecision.Status status = expected.containsValue("FAILED") ? FinancingDecision.Status.NOT_ELIGIBLE
                    : expected.containsValue("UNKNOWN") ? FinancingDecision.Status.UNDECIDED : FinancingDecision.Status.ELIGIBLE;
            assertThat(decision.status()).isEqualTo(status);
            assertThat(decision.eligible()).isEqualTo(status == FinancingDecision.Status.ELIGIBLE);
            assertThat(decision.failures()).extracting(RuleOutcome::code).containsExactlyElementsOf(
                    expected.entrySet().stream().filter(e -> e.getValue().equals("FAILED")).map(Map.Entry::getKey).toList());
        });
    }
}
