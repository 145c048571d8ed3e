package id.okoce.domain.financing;

import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.Member;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate ON = LocalDate.of(2019, 3, 1);
    private static final Map<ProductId, FinancingProduct> CATALOGUE = FinancingCatalogue.builtIn().stream()
            .collect(Collectors.toMap(FinancingProduct::id, Function.identity()));
    private static final FinancingProduct BANK_DKI = CATALOGUE.get(FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018);
    private static final FinancingProduct KUR_MIKRO = CATALOGUE.get(FinancingCatalogue.KUR_MIKRO_2023);

    private final EligibilityPolicy policy = EligibilityPolicy.standard();

    private FinancingDecision decide(Member member, FinancingProduct product, long amount, LocalDate on, List<Financing> financings) {
        return policy.decide(new EligibilityCase(member, product, Rupiah.of(amount), on, financings));
    }

    private static Map<String, Boolean> passed(FinancingDecision decision) {
        return decision.outcomes().stream().collect(Collectors.toMap(RuleOutcome::code, RuleOutcome::passed));
    }

    @Test
    void every_rule_is_reported_in_a_fixed_order() {
        FinancingDecision decision = decide(aMember().build(), BANK_DKI, 10_000_000, ON, List.of());
        assertThat(decision.outcomes()).extracting(RuleOutcome::code).containsExactly(
                "PRODUCT_NOT_IN_FORCE", "REGION_NOT_COVERED", "AMOUNT_OUT_OF_RANGE", "STAGES_INCOMPLETE",
                "LICENCE_MISSING", "BUSINESS_TOO_YOUNG", "BORROWER_AGE_OUT_OF_RANGE", "ACTIVE_FINANCING_EXISTS",
                "OTHER_CREDIT_HELD");
        assertThat(decision.outcomes()).allSatisfy(o -> assertThat(o.message()).isNotBlank());
    }

    @Test
    void a_DKI_member_through_P6_with_a_licence_is_eligible_for_Bank_DKI() {
        Member member = aMember().inProvince("31").withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        FinancingDecision decision = decide(member, BANK_DKI, 10_000_000, ON, List.of());
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.failures()).isEmpty();
        assertThat(decision.memberId()).isEqualTo(member.id());
        assertThat(decision.productId()).isEqualTo(BANK_DKI.id());
    }

    @Test
    void missing_stages_are_named() {
        Member member = aMember().withStagesUpTo(Stage.MENTORING).build();
        FinancingDecision decision = decide(member, BANK_DKI, 5_000_000, ON, List.of());
        assertThat(decision.eligible()).isFalse();
        RuleOutcome stages = decision.failures().stream().filter(o -> o.code().equals("STAGES_INCOMPLETE")).findFirst().orElseThrow();
        assertThat(stages.message()).contains("P4, P5, P6");
        assertThat(passed(decision)).containsEntry("LICENCE_MISSING", false).containsEntry("REGION_NOT_COVERED", true);
    }

    @Test
    void Bank_DKI_does_not_lend_outside_DKI_Jakarta() {
        Member member = aMember().inProvince("32").withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        FinancingDecision decision = decide(member, BANK_DKI, 10_000_000, ON, List.of());
        assertThat(decision.failures()).extracting(RuleOutcome::code).containsExactly("REGION_NOT_COVERED");
    }

    @Test
    void the_amount_must_be_within_the_range() {
        Member member = aMember().withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        assertThat(passed(decide(member, BANK_DKI, 10_000_001, ON, List.of()))).containsEntry("AMOUNT_OUT_OF_RANGE", false);
        assertThat(passed(decide(member, BANK_DKI, 0, ON, List.of()))).containsEntry("AMOUNT_OUT_OF_RANGE", false);
        assertThat(passed(decide(member, KUR_MIKRO, 10_000_000, LocalDate.of(2024, 1, 1), List.of())))
                .containsEntry("AMOUNT_OUT_OF_RANGE", false);
        assertThat(passed(decide(member, KUR_MIKRO, 10_000_001, LocalDate.of(2024, 1, 1), List.of())))
                .containsEntry("AMOUNT_OUT_OF_RANGE", true);
    }

    @Test
    void KUR_is_judged_by_the_version_in_force_business_age_and_borrower_age() {
        Member member = aMember().inProvince("32").withNib("9120001234567")
                .withNik(Niks.nik("327301", LocalDate.of(2003, 6, 1), Sex.MALE, 1))
                .businessStartedOn(LocalDate.of(2023, 10, 1)).build();
        assertThat(passed(decide(member, KUR_MIKRO, 50_000_000, LocalDate.of(2022, 12, 31), List.of())))
                .containsEntry("PRODUCT_NOT_IN_FORCE", false);
        Map<String, Boolean> early = passed(decide(member, KUR_MIKRO, 50_000_000, LocalDate.of(2024, 3, 31), List.of()));
        assertThat(early).containsEntry("PRODUCT_NOT_IN_FORCE", true).containsEntry("REGION_NOT_COVERED", true)
                .containsEntry("BUSINESS_TOO_YOUNG", false).containsEntry("BORROWER_AGE_OUT_OF_RANGE", false)
                .containsEntry("LICENCE_MISSING", true).containsEntry("STAGES_INCOMPLETE", true);
        FinancingDecision later = decide(member, KUR_MIKRO, 50_000_000, LocalDate.of(2024, 6, 1), List.of());
        assertThat(later.status()).isEqualTo(FinancingDecision.Status.UNDECIDED);
        assertThat(later.failures()).isEmpty();
        assertThat(later.unknowns()).extracting(RuleOutcome::code).containsExactly("OTHER_CREDIT_HELD");
        assertThat(later.unknowns().get(0).message()).contains("no source of other productive credit is configured");
        FinancingDecision known = policy.decide(new EligibilityCase(member, KUR_MIKRO, Rupiah.of(50_000_000),
                LocalDate.of(2024, 6, 1), List.of(), new OtherCredit(OtherCredit.Known.NONE_HELD, "SIKP", "checked")));
        assertThat(known.status()).isEqualTo(FinancingDecision.Status.ELIGIBLE);
        FinancingDecision held = policy.decide(new EligibilityCase(member, KUR_MIKRO, Rupiah.of(50_000_000),
                LocalDate.of(2024, 6, 1), List.of(), new OtherCredit(OtherCredit.Known.HELD, "SIKP", "KUR at BRI")));
        assertThat(held.status()).isEqualTo(FinancingDecision.Status.NOT_ELIGIBLE);
        assertThat(held.failures()).extracting(RuleOutcome::message).containsExactly(
                "SIKP: other productive credit is held (KUR at BRI)");
        assertThat(passed(decide(member, BANK_DKI, 5_000_000, LocalDate.of(2024, 6, 1), List.of())))
                .as("Bank DKI does not ask about other credit").containsEntry("OTHER_CREDIT_HELD", true);
    }

    @Test
    void a_member_is_judged_as_they_stood_on_the_day_asked_about() {
        // Stages done one day apart from 2018-09-10: P6 (financial reporting) on 2018-09-15.
        Member member = aMember().inProvince("31").withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        FinancingDecision before = decide(member, BANK_DKI, 5_000_000, LocalDate.of(2018, 9, 12), List.of());
        RuleOutcome stages = before.failures().stream().filter(o -> o.code().equals("STAGES_INCOMPLETE")).findFirst().orElseThrow();
        assertThat(stages.message()).contains("P4, P5, P6").contains("2018-09-12");
        assertThat(passed(before)).as("the P4 licence came on 2018-09-13").containsEntry("LICENCE_MISSING", false);
        assertThat(decide(member, BANK_DKI, 5_000_000, LocalDate.of(2018, 9, 15), List.of()).eligible()).isTrue();
        assertThat(passed(decide(member, BANK_DKI, 5_000_000, LocalDate.of(2018, 9, 1), List.of())))
                .as("not yet registered").containsEntry("STAGES_INCOMPLETE", false);
        Financing later = new Financing(FinancingId.random(), member.id(), BANK_DKI.id(), Rupiah.of(5_000_000),
                LocalDate.of(2019, 6, 1), 18, "BDKI-2");
        assertThat(passed(decide(member, BANK_DKI, 5_000_000, LocalDate.of(2019, 1, 1), List.of(later))))
                .as("a financing granted after the day does not count").containsEntry("ACTIVE_FINANCING_EXISTS", true);
    }

    @Test
    void KUR_accepts_an_NIB_or_an_SKU_and_no_other_licence() {
        LocalDate on = LocalDate.of(2024, 6, 1);
        Member iumk = aMember().inProvince("32").withStagesUpTo(Stage.LICENSING).build();
        RuleOutcome refused = decide(iumk, KUR_MIKRO, 50_000_000, on, List.of()).failures().get(0);
        assertThat(refused.code()).isEqualTo("LICENCE_MISSING");
        assertThat(refused.message()).contains("SKU or NIB").contains("IUMK");
        Member withNib = aMember().inProvince("32").withNib("9120001234567").build();
        assertThat(passed(decide(withNib, KUR_MIKRO, 50_000_000, on, List.of()))).containsEntry("LICENCE_MISSING", true);
        assertThat(passed(decide(iumk, BANK_DKI, 5_000_000, on, List.of())))
                .as("Bank DKI takes any business licence").containsEntry("LICENCE_MISSING", true);
    }

    @Test
    void an_NIB_counts_from_when_OSS_began_issuing_them() {
        Member member = aMember().withNib("9120001234567").businessStartedOn(LocalDate.of(2016, 1, 1)).build();
        assertThat(member.licenceTypesOn(LocalDate.of(2018, 7, 8))).isEmpty();
        assertThat(member.licenceTypesOn(LocalDate.of(2018, 7, 9))).containsExactly(id.okoce.domain.business.LicenceType.NIB);
    }

    @Test
    void a_running_financing_blocks_another_until_its_term_ends() {
        Member member = aMember().withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        Financing running = new Financing(FinancingId.random(), member.id(), BANK_DKI.id(), Rupiah.of(5_000_000),
                LocalDate.of(2019, 1, 1), 18, "BDKI-1");
        assertThat(passed(decide(member, BANK_DKI, 5_000_000, ON, List.of(running))))
                .containsEntry("ACTIVE_FINANCING_EXISTS", false);
        assertThat(decide(member, BANK_DKI, 5_000_000, LocalDate.of(2020, 7, 1), List.of(running)).eligible()).isTrue();
        assertThat(running.activeOn(LocalDate.of(2018, 12, 31))).isFalse();
        assertThat(running.activeOn(LocalDate.of(2020, 6, 30))).isTrue();
    }

    @Test
    void a_fork_adds_a_rule_without_touching_the_others() {
        EligibilityRule noFriday = new EligibilityRule() {
            @Override
            public String code() {
                return "NOT_ON_FRIDAY";
            }

            @Override
            public RuleOutcome evaluate(EligibilityCase c) {
                return RuleOutcome.of(code(), c.date().getDayOfWeek() != java.time.DayOfWeek.FRIDAY, "not Friday", "Friday");
            }
        };
        EligibilityPolicy extended = EligibilityPolicy.standard().with(noFriday);
        assertThat(extended.rules()).hasSize(10).endsWith(noFriday);
        Member member = aMember().withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        FinancingDecision friday = extended.decide(new EligibilityCase(member, BANK_DKI, Rupiah.of(1_000_000),
                LocalDate.of(2019, 3, 1), List.of()));
        assertThat(friday.failures()).extracting(RuleOutcome::code).containsExactly("NOT_ON_FRIDAY");
        assertThat(EligibilityPolicy.of(List.of(noFriday)).rules()).containsExactly(noFriday);
        assertThat(StandardEligibilityRules.REGION_COVERED).hasToString("REGION_NOT_COVERED");
    }
}
