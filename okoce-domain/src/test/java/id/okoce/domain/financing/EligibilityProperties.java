package id.okoce.domain.financing;

import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.member.Member;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class EligibilityProperties {

    private static final List<FinancingProduct> PRODUCTS = FinancingCatalogue.builtIn();

    @Provide
    Arbitrary<FinancingProduct> products() {
        return Arbitraries.of(PRODUCTS);
    }

    @Provide
    Arbitrary<String> provinces() {
        return Arbitraries.of("31", "32", "33", "51", "96");
    }

    @Property(tries = 300)
    void eligible_if_and_only_if_every_rule_passed(
            @ForAll("products") FinancingProduct product, @ForAll("provinces") String province,
            @ForAll @IntRange(min = 1, max = 7) int highestStage, @ForAll boolean nib,
            @ForAll @LongRange(min = 0, max = 600_000_000) long amount,
            @ForAll @IntRange(min = 0, max = 3000) int daysAfterRegistration,
            @ForAll @IntRange(min = 0, max = 24) int runningFinancingMonths) {
        var builder = aMember().inProvince(province).withStagesUpTo(Stage.number(highestStage));
        if (nib) {
            builder.withNib("9120001234567");
        }
        Member member = builder.build();
        LocalDate on = member.registeredOn().plusDays(daysAfterRegistration);
        List<Financing> financings = runningFinancingMonths == 0 ? List.of()
                : List.of(new Financing(FinancingId.random(), member.id(), product.id(), Rupiah.of(1), member.registeredOn(),
                        runningFinancingMonths, "REF"));

        FinancingDecision decision = EligibilityPolicy.standard()
                .decide(new EligibilityCase(member, product, Rupiah.of(amount), on, financings));

        assertThat(decision.outcomes()).hasSize(StandardEligibilityRules.ALL.size());
        assertThat(decision.eligible()).isEqualTo(decision.outcomes().stream().allMatch(RuleOutcome::passed));
        assertThat(decision.failures().isEmpty()).isEqualTo(decision.eligible());
        assertThat(decision.outcomes().stream().filter(o -> o.code().equals("REGION_NOT_COVERED")).findFirst().orElseThrow().passed())
                .isEqualTo(product.covers(member.province()));
        assertThat(decision.outcomes().stream().filter(o -> o.code().equals("AMOUNT_OUT_OF_RANGE")).findFirst().orElseThrow().passed())
                .isEqualTo(product.allows(Rupiah.of(amount)));
    }
}
