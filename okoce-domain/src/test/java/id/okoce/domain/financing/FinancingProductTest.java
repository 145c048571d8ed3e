package id.okoce.domain.financing;

import static id.okoce.domain.Refusals.assertRefused;
import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FinancingProductTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 1, 1);

    private static FinancingProduct product(long min, long max, int minAge, OptionalInt maxAge, Optional<LocalDate> until) {
        return new FinancingProduct(ProductId.of("kredit-uji"), "kredit-uji", "Bank Uji", "Kredit Uji", Set.of(ProvinceCode.of("31")),
                Rupiah.of(min), Rupiah.of(max), EnumSet.of(Stage.REGISTRATION), Set.of(), 0, minAge, maxAge, 12,
                false, LocalDate.of(2020, 1, 1), until);
    }

    @Test
    void a_version_ends_early_but_is_never_extended_and_overlap_counts_shared_days() {
        FinancingProduct open = product(1, 10, 17, OptionalInt.empty(), Optional.empty());
        FinancingProduct ended = open.endedOn(LocalDate.of(2021, 6, 30));
        assertThat(ended.validUntil()).contains(LocalDate.of(2021, 6, 30));
        assertThat(ended.inForceOn(LocalDate.of(2021, 7, 1))).isFalse();
        assertRefused(() -> ended.endedOn(LocalDate.of(2021, 7, 1)), FinancingError.FINANCING_PRODUCT_INVALID, "validUntil");
        assertRefused(() -> open.endedOn(LocalDate.of(2019, 12, 31)), FinancingError.FINANCING_PRODUCT_INVALID, "validUntil");
        FinancingProduct next = new FinancingProduct(ProductId.of("kredit-uji-2021"), "kredit-uji", "Bank Uji", "Kredit Uji",
                Set.of(ProvinceCode.of("31")), Rupiah.of(1), Rupiah.of(10), EnumSet.of(Stage.REGISTRATION), Set.of(), 0, 17,
                OptionalInt.empty(), 12, false, LocalDate.of(2021, 7, 1), Optional.empty());
        assertThat(ended.overlaps(next)).isFalse();
        assertThat(open.overlaps(next)).isTrue();
        assertThat(next.overlaps(open.endedOn(LocalDate.of(2021, 7, 1)))).as("one shared day is an overlap").isTrue();
    }

    @Test
    void the_built_in_catalogue_has_stable_ids_and_the_documented_bands() {
        List<FinancingProduct> products = FinancingCatalogue.builtIn();
        assertThat(products).extracting(p -> p.id().value()).containsExactly("bank-dki-kredit-monas-pemula-2018",
                "kur-mikro-2018", "kur-kecil-2018", "kur-super-mikro-2023", "kur-mikro-2023", "kur-kecil-2023");
        FinancingProduct bankDki = products.get(0);
        assertThat(bankDki.bank()).isEqualTo("Bank DKI");
        assertThat(bankDki.provinces()).containsExactly(ProvinceCode.of("31"));
        assertThat(bankDki.maxAmount()).isEqualTo(Rupiah.of(10_000_000));
        assertThat(bankDki.requiredStages()).containsExactly(Stage.REGISTRATION, Stage.TRAINING, Stage.MENTORING,
                Stage.LICENSING, Stage.MARKETING, Stage.FINANCIAL_REPORTING);
        assertThat(bankDki.licenceRequired()).isTrue();
        assertThat(bankDki.maxTermMonths()).isEqualTo(18);
        assertThat(products.get(1).maxAmount()).isEqualTo(Rupiah.of(25_000_000));
        assertThat(products.get(3).maxAmount()).isEqualTo(Rupiah.of(10_000_000));
        assertThat(products.get(4).minAmount()).isEqualTo(Rupiah.of(10_000_001));
        assertThat(products.subList(1, 6)).allSatisfy(kur -> {
            assertThat(kur.acceptedLicences()).containsExactlyInAnyOrder(LicenceType.NIB, LicenceType.SKU);
            assertThat(kur.noOtherCreditRequired()).isTrue();
        });
        Map<String, List<FinancingProduct>> families = products.stream()
                .collect(Collectors.groupingBy(FinancingProduct::family));
        assertThat(families.keySet()).containsExactlyInAnyOrder("bank-dki-kredit-monas-pemula", "kur-mikro", "kur-kecil",
                "kur-super-mikro");
        families.values().forEach(versions -> {
            for (FinancingProduct a : versions) {
                for (FinancingProduct b : versions) {
                    assertThat(a != b && a.overlaps(b)).as(a.id() + " and " + b.id() + " overlap").isFalse();
                }
            }
        });
        assertThat(products.get(4).maxAmount()).isEqualTo(Rupiah.of(100_000_000));
        assertThat(products.get(5).minAmount()).isEqualTo(Rupiah.of(100_000_001));
        assertThat(products.get(5).maxAmount()).isEqualTo(Rupiah.of(500_000_000));
        assertThat(products.get(2).minAmount()).isEqualTo(Rupiah.of(25_000_001));
        assertThat(products.subList(1, 3)).allSatisfy(kur -> {
            assertThat(kur.inForceOn(LocalDate.of(2018, 1, 1))).isTrue();
            assertThat(kur.inForceOn(LocalDate.of(2020, 1, 1))).isFalse();
        });
        assertThat(products.subList(3, 6)).allSatisfy(kur -> {
            assertThat(kur.provinces()).hasSize(38);
            assertThat(kur.minBusinessAgeMonths()).isEqualTo(6);
            assertThat(kur.minBorrowerAge()).isEqualTo(21);
            assertThat(kur.inForceOn(LocalDate.of(2022, 12, 31))).isFalse();
            assertThat(kur.inForceOn(LocalDate.of(2023, 1, 1))).isTrue();
        });
    }

    @Test
    void a_product_definition_must_hold_together() {
        assertRefused(() -> product(10, 5, 17, OptionalInt.empty(), Optional.empty()), FinancingError.FINANCING_PRODUCT_INVALID, "maxAmount");
        assertRefused(() -> product(0, 0, 17, OptionalInt.empty(), Optional.empty()), FinancingError.FINANCING_PRODUCT_INVALID, "maxAmount");
        assertRefused(() -> product(1, 5, 30, OptionalInt.of(20), Optional.empty()), FinancingError.FINANCING_PRODUCT_INVALID, "maxBorrowerAge");
        assertRefused(() -> product(1, 5, -1, OptionalInt.empty(), Optional.empty()), FinancingError.FINANCING_PRODUCT_INVALID, "minBorrowerAge");
        assertRefused(() -> product(1, 5, 17, OptionalInt.empty(), Optional.of(LocalDate.of(2019, 1, 1))),
                FinancingError.FINANCING_PRODUCT_INVALID, "validUntil");
        assertRefused(() -> new FinancingProduct(ProductId.of("kredit-uji"), "kredit-uji", "Bank", "Kredit", Set.of(), Rupiah.of(1), Rupiah.of(2),
                Set.of(), Set.of(), 0, 17, OptionalInt.empty(), 12, false, LocalDate.of(2020, 1, 1), Optional.empty()),
                FinancingError.FINANCING_PRODUCT_INVALID, "provinces");
        assertRefused(() -> new FinancingProduct(ProductId.of("kredit-uji"), "kredit-uji", "Bank", "Kredit", Set.of(ProvinceCode.of("31")),
                Rupiah.of(1), Rupiah.of(2), Set.of(), Set.of(), -1, 17, OptionalInt.empty(), 12, false, LocalDate.of(2020, 1, 1),
                Optional.empty()), FinancingError.FINANCING_PRODUCT_INVALID, "minBusinessAgeMonths");
        assertRefused(() -> new FinancingProduct(ProductId.of("kredit-uji"), "kredit-uji", "Bank", "Kredit", Set.of(ProvinceCode.of("31")),
                Rupiah.of(1), Rupiah.of(2), Set.of(), Set.of(), 0, 17, OptionalInt.empty(), 0, false, LocalDate.of(2020, 1, 1),
                Optional.empty()), FinancingError.FINANCING_PRODUCT_INVALID, "maxTermMonths");
        assertRefused(() -> ProductId.of("Kredit Uji"), FinancingError.FINANCING_PRODUCT_INVALID, "product");
        assertRefused(() -> ProductId.of("-ab"), FinancingError.FINANCING_PRODUCT_INVALID, "product");
        assertThat(product(1, 5, 17, OptionalInt.of(60), Optional.of(LocalDate.of(2020, 12, 31))).requiredStages())
                .containsExactly(Stage.REGISTRATION);
    }

    @Test
    void a_capped_borrower_age_is_checked() {
        FinancingProduct capped = product(1, 5_000_000, 17, OptionalInt.of(30), Optional.empty());
        Member member = aMember().build(); // born 1980 or later from the builder's NIKs
        FinancingDecision decision = EligibilityPolicy.standard().decide(new EligibilityCase(member, capped, Rupiah.of(1),
                LocalDate.of(2025, 1, 1), List.of()));
        assertThat(decision.failures()).extracting(RuleOutcome::code).containsExactly("BORROWER_AGE_OUT_OF_RANGE");
        assertThat(decision.failures().get(0).message()).contains("17–30");
    }

    @Test
    void rupiah_are_whole_and_print_the_Indonesian_way() {
        assertThat(Rupiah.of(10_000_000)).hasToString("Rp 10.000.000");
        assertThat(Rupiah.of(0)).hasToString("Rp 0");
        assertThat(Rupiah.of(999)).hasToString("Rp 999");
        assertThat(Rupiah.of(1_000)).hasToString("Rp 1.000");
        assertThat(Rupiah.of(5)).isLessThan(Rupiah.of(6));
        assertRefused(() -> Rupiah.of(-1), FinancingError.AMOUNT_INVALID, "amount");
    }

    @Test
    void financing_is_granted_only_on_an_eligible_decision() {
        FinancingProduct bankDki = FinancingCatalogue.builtIn().get(0);
        Member ready = aMember().withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        LocalDate on = LocalDate.of(2019, 3, 1);
        FinancingDecision yes = EligibilityPolicy.standard().decide(new EligibilityCase(ready, bankDki, Rupiah.of(10_000_000), on, List.of()));
        Financing financing = Financing.grant(FinancingId.random(), yes, bankDki, 18, " BDKI-2019-0001 ", TODAY);
        assertThat(financing.reference()).isEqualTo("BDKI-2019-0001");
        assertThat(financing.grantedOn()).isEqualTo(on);
        assertThat(financing.amount()).isEqualTo(Rupiah.of(10_000_000));
        assertThat(financing.memberId()).isEqualTo(ready.id());
        assertRefused(() -> Financing.grant(FinancingId.random(), yes, bankDki, 19, "R", TODAY), FinancingError.FINANCING_TERM_INVALID, "termMonths");
        assertRefused(() -> Financing.grant(FinancingId.random(), yes, bankDki, 0, "R", TODAY), FinancingError.FINANCING_TERM_INVALID, "termMonths");
        assertRefused(() -> Financing.grant(FinancingId.random(), yes, bankDki, 12, " ", TODAY), FinancingError.FINANCING_REFERENCE_INVALID, "reference");
        assertThatThrownBy(() -> Financing.grant(FinancingId.random(), yes, FinancingCatalogue.builtIn().get(1), 12, "R", TODAY))
                .isInstanceOf(IllegalArgumentException.class);

        FinancingDecision no = EligibilityPolicy.standard().decide(new EligibilityCase(aMember().build(), bankDki,
                Rupiah.of(10_000_000), on, List.of()));
        assertRefused(() -> Financing.grant(FinancingId.random(), no, bankDki, 12, "R", TODAY), FinancingError.FINANCING_NOT_ELIGIBLE);
        assertThatThrownBy(() -> Financing.grant(FinancingId.random(), no, bankDki, 12, "R", TODAY)).hasMessageContaining("STAGES_INCOMPLETE");
        assertRefused(() -> Financing.grant(FinancingId.random(), yes, bankDki, 12, "R", on.minusDays(1)),
                FinancingError.FINANCING_DATE_INVALID, "grantedOn");
    }

    @Test
    void the_first_financing_completes_P7_and_later_ones_leave_it_alone() {
        FinancingProduct bankDki = FinancingCatalogue.builtIn().get(0);
        Member ready = aMember().withStagesUpTo(Stage.FINANCIAL_REPORTING).build();
        LocalDate on = LocalDate.of(2019, 3, 1);
        FinancingDecision yes = EligibilityPolicy.standard().decide(new EligibilityCase(ready, bankDki, Rupiah.of(1_000_000), on, List.of()));
        Financing financing = Financing.grant(FinancingId.random(), yes, bankDki, 12, "BDKI-7", TODAY);
        StageRules everywhere = StageRules.standard((p, s, d) -> true);
        Member financed = financing.completeCapitalStage(ready, TODAY, everywhere);
        assertThat(financed.stages().completion(Stage.CAPITAL)).get().satisfies(c -> {
            assertThat(c.completedOn()).isEqualTo(on);
            assertThat(c.evidence()).isEqualTo(new StageEvidence.FinancingReference("BDKI-7"));
        });
        assertThat(financing.completeCapitalStage(financed, TODAY, everywhere)).isSameAs(financed);
        assertThatThrownBy(() -> financing.completeCapitalStage(aMember().build(), TODAY, everywhere))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
