package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.EligibilityQuery;
import id.okoce.application.port.in.financing.FinancingGranted;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingError;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.RuleOutcome;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FinancingServicesTest {

    private static final ProductId BANK_DKI = FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018;
    private final Network network = new Network();

    private FinancingDecision check(Actor actor, Member member, ProductId product, long amount) {
        return network.core.checkFinancingEligibility().check(new EligibilityQuery(actor, member.id(), product,
                Rupiah.of(amount), Optional.of(LocalDate.of(2019, 3, 1)))).await();
    }

    private RecordFinancingCommand grant(Member member, String on) {
        return new RecordFinancingCommand(HUB, member.id(), BANK_DKI, Rupiah.of(10_000_000), 18, "BDKI-" + on,
                Optional.of(LocalDate.parse(on)), OptionalLong.empty());
    }

    @Test
    void the_built_in_products_are_there_from_the_start() {
        assertThat(network.core.listFinancingProducts().list(HUB)).extracting(p -> p.id().value())
                .containsExactly("bank-dki-kredit-monas-pemula-2018", "kur-kecil-2023", "kur-mikro-2023", "kur-super-mikro-2023");
        assertThat(network.core.listFinancingProducts().list(new Actor.BankActor("bank dki")))
                .extracting(FinancingProduct::id).containsExactly(BANK_DKI);
    }

    @Test
    void eligibility_says_why_for_the_hub_and_the_products_bank() {
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        assertThat(check(HUB, ready, BANK_DKI, 10_000_000).eligible()).isTrue();
        Member fresh = network.member("31.71.01");
        FinancingDecision no = check(new Actor.BankActor("Bank DKI"), fresh, BANK_DKI, 10_000_000);
        assertThat(no.eligible()).isFalse();
        assertThat(no.failures()).extracting(RuleOutcome::code).containsExactly("STAGES_INCOMPLETE", "LICENCE_MISSING");
        assertThat(no.outcomes()).hasSize(8);
    }

    @Test
    void a_bank_sees_its_own_products_only_and_partners_do_not_check() {
        Member member = network.member("31.71.01");
        assertRefused(() -> check(new Actor.BankActor("Bank BRI"), member, BANK_DKI, 1), ApplicationError.PRODUCT_NOT_FOUND);
        assertRefused(() -> check(Network.as(network.validatedPartner("31")), member, BANK_DKI, 1), AccessError.ACCESS_DENIED);
        assertRefused(() -> check(HUB, member, ProductId.of("no-such-product"), 1), ApplicationError.PRODUCT_NOT_FOUND);
    }

    @Test
    void recording_financing_completes_P7_and_blocks_a_second_while_it_runs() {
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        FinancingGranted granted = network.core.recordFinancing().record(grant(ready, "2019-03-01"));
        assertThat(granted.member().stages().isDone(Stage.CAPITAL)).isTrue();
        assertThat(granted.member().version()).isEqualTo(ready.version() + 1);
        assertThat(granted.decision().eligible()).isTrue();
        assertThat(network.ports.financings().findByMember(ready.id())).containsExactly(granted.financing());

        assertRefused(() -> network.core.recordFinancing().record(grant(ready, "2019-06-01")), FinancingError.FINANCING_NOT_ELIGIBLE);
        assertThat(check(HUB, ready, BANK_DKI, 1_000_000).failures()).extracting(RuleOutcome::code)
                .containsExactly("ACTIVE_FINANCING_EXISTS");
    }

    @Test
    void an_ineligible_member_gets_no_financing_and_no_P7() {
        Member fresh = network.member("31.71.01");
        assertRefused(() -> network.core.recordFinancing().record(grant(fresh, "2019-03-01")), FinancingError.FINANCING_NOT_ELIGIBLE);
        assertThat(network.ports.members().findById(fresh.id()).orElseThrow().stages().isDone(Stage.CAPITAL)).isFalse();
        assertThat(network.ports.financings().findByMember(fresh.id())).isEmpty();
        assertRefused(() -> network.core.recordFinancing().record(new RecordFinancingCommand(new Actor.BankActor("Bank DKI"),
                fresh.id(), BANK_DKI, Rupiah.of(1), 12, "R", Optional.empty(), OptionalLong.empty())), AccessError.ACCESS_DENIED);
    }

    @Test
    void the_hub_defines_new_product_versions_once() {
        FinancingProduct kito = new FinancingProduct(ProductId.of("kredit-kito-2024"), "Bank Sumsel Babel", "Kredit Kito",
                Set.of(ProvinceCode.of("16")), Rupiah.of(1_000_000), Rupiah.of(25_000_000), EnumSet.of(Stage.REGISTRATION),
                true, 3, 18, OptionalInt.empty(), 24, LocalDate.of(2024, 1, 1), Optional.empty());
        assertThat(network.core.defineFinancingProduct().define(HUB, kito)).isEqualTo(kito);
        assertRefused(() -> network.core.defineFinancingProduct().define(HUB, kito), ApplicationError.PRODUCT_DUPLICATE);
        assertRefused(() -> network.core.defineFinancingProduct().define(new Actor.BankActor("Bank Sumsel Babel"), kito),
                AccessError.ACCESS_DENIED);
        assertThat(network.core.listFinancingProducts().list(new Actor.BankActor("Bank Sumsel Babel"))).containsExactly(kito);
    }
}
