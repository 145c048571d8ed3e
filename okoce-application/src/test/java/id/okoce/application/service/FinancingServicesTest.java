package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.ApplicantView;
import id.okoce.application.port.in.financing.EligibilityQuery;
import id.okoce.application.port.in.financing.FinancingGranted;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingError;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.OtherCredit;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.RuleOutcome;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.testdata.Niks;
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
                .containsExactly("bank-dki-kredit-monas-pemula-2018", "kur-kecil-2018", "kur-kecil-2023", "kur-mikro-2018",
                        "kur-mikro-2023", "kur-super-mikro-2023");
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
        assertThat(no.outcomes()).hasSize(9);
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
                fresh.id(), BANK_DKI, Rupiah.of(1), 12, "R", Optional.empty(), OptionalLong.empty())),
                FinancingError.FINANCING_NOT_ELIGIBLE);
        assertRefused(() -> network.core.recordFinancing().record(new RecordFinancingCommand(new Actor.BankActor("Bank BRI"),
                fresh.id(), BANK_DKI, Rupiah.of(1), 12, "R", Optional.empty(), OptionalLong.empty())),
                ApplicationError.PRODUCT_NOT_FOUND);
        assertRefused(() -> network.core.recordFinancing().record(new RecordFinancingCommand(
                Network.as(network.validatedPartner("31")), fresh.id(), BANK_DKI, Rupiah.of(1), 12, "R", Optional.empty(),
                OptionalLong.empty())), AccessError.ACCESS_DENIED);
    }

    @Test
    void the_hub_defines_new_product_versions_once() {
        FinancingProduct kito = kito("kredit-kito-2024", LocalDate.of(2024, 1, 1), Optional.empty());
        assertThat(network.core.defineFinancingProduct().define(HUB, kito)).isEqualTo(kito);
        assertRefused(() -> network.core.defineFinancingProduct().define(HUB, kito), ApplicationError.PRODUCT_DUPLICATE);
        assertRefused(() -> network.core.defineFinancingProduct().define(new Actor.BankActor("Bank Sumsel Babel"), kito),
                AccessError.ACCESS_DENIED);
        assertThat(network.core.listFinancingProducts().list(new Actor.BankActor("Bank Sumsel Babel"))).containsExactly(kito);
    }

    private static FinancingProduct kito(String id, LocalDate from, Optional<LocalDate> until) {
        return new FinancingProduct(ProductId.of(id), "kredit-kito", "Bank Sumsel Babel", "Kredit Kito",
                Set.of(ProvinceCode.of("16")), Rupiah.of(1_000_000), Rupiah.of(25_000_000), EnumSet.of(Stage.REGISTRATION),
                EnumSet.allOf(LicenceType.class), 3, 18, OptionalInt.empty(), 24, false, from, until);
    }

    @Test
    void versions_of_a_family_never_overlap_end_early_and_the_one_in_force_is_found_by_date() {
        Actor bank = new Actor.BankActor("Bank Sumsel Babel");
        network.core.defineFinancingProduct().define(HUB, kito("kredit-kito-2020", LocalDate.of(2020, 1, 1), Optional.empty()));
        FinancingProduct next = kito("kredit-kito-2024", LocalDate.of(2024, 1, 1), Optional.empty());
        assertRefused(() -> network.core.defineFinancingProduct().define(HUB, next), ApplicationError.PRODUCT_VERSION_OVERLAP);
        assertRefused(() -> network.core.defineFinancingProduct().end(HUB, ProductId.of("kredit-kito-2020"),
                LocalDate.of(2023, 12, 31), " "), ApplicationError.REASON_INVALID);
        assertRefused(() -> network.core.defineFinancingProduct().end(bank, ProductId.of("kredit-kito-2020"),
                LocalDate.of(2023, 12, 31), "Permenko baru"), AccessError.ACCESS_DENIED);
        FinancingProduct ended = network.core.defineFinancingProduct().end(HUB, ProductId.of("kredit-kito-2020"),
                LocalDate.of(2023, 12, 31), "Permenko baru");
        assertThat(ended.validUntil()).contains(LocalDate.of(2023, 12, 31));
        network.core.defineFinancingProduct().define(HUB, next);
        assertThat(network.core.listFinancingProducts().versions(bank, "kredit-kito")).extracting(p -> p.id().value())
                .containsExactly("kredit-kito-2020", "kredit-kito-2024");
        assertThat(network.core.listFinancingProducts().inForce(bank, "kredit-kito", LocalDate.of(2023, 12, 31)).id().value())
                .isEqualTo("kredit-kito-2020");
        assertThat(network.core.listFinancingProducts().inForce(bank, "kredit-kito", LocalDate.of(2024, 1, 1)).id().value())
                .isEqualTo("kredit-kito-2024");
        assertRefused(() -> network.core.listFinancingProducts().inForce(bank, "kredit-kito", LocalDate.of(2019, 12, 31)),
                ApplicationError.PRODUCT_NOT_FOUND);
        assertRefused(() -> network.core.listFinancingProducts().versions(new Actor.BankActor("Bank DKI"), "kredit-kito"),
                ApplicationError.PRODUCT_NOT_FOUND);
        assertThat(network.core.listFinancingProducts().inForce(HUB, "kur-mikro", LocalDate.of(2019, 3, 1)).id())
                .isEqualTo(FinancingCatalogue.KUR_MIKRO_2018);
    }

    @Test
    void eligibility_on_a_past_date_judges_the_member_as_they_stood_then() {
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        LocalDate p6 = ready.stages().completion(Stage.FINANCIAL_REPORTING).orElseThrow().completedOn();
        FinancingDecision before = network.core.checkFinancingEligibility().check(new EligibilityQuery(HUB, ready.id(), BANK_DKI,
                Rupiah.of(5_000_000), Optional.of(p6.minusDays(1)))).await();
        assertThat(before.failures()).extracting(RuleOutcome::code).containsExactly("STAGES_INCOMPLETE");
        FinancingDecision on = network.core.checkFinancingEligibility().check(new EligibilityQuery(HUB, ready.id(), BANK_DKI,
                Rupiah.of(5_000_000), Optional.of(p6))).await();
        assertThat(on.status()).isEqualTo(FinancingDecision.Status.ELIGIBLE);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

    /** A NIK of Bandung for a man born in 1985: an adult borrower for every product. */
    private static String adultNik() {
        return Niks.nik("327301", LocalDate.of(1985, 5, 5), id.okoce.domain.identity.Sex.MALE, SERIALS.incrementAndGet());
    }

    private Member jawaBaratMemberWithNib() {
        LocalDate on = LocalDate.of(2018, 9, 10);
        return network.core.registerMember().register(new RegisterMemberCommand(HUB, Nik.parse(adultNik(), on), "Asep Sunandar",
                PhoneNumber.parse("081234567891"), KecamatanCode.of("32.73.01"), new Business("Warung Asep",
                BusinessSector.KULINER, LocalDate.of(2017, 3, 1), Optional.of(Nib.parse("9120001234567"))), on));
    }

    @Test
    void a_KUR_loan_the_check_leaves_undecided_is_recorded_by_its_bank_with_P7_left_open() {
        Member asep = jawaBaratMemberWithNib();
        Actor kurBank = new Actor.BankActor(FinancingCatalogue.KUR_BANK);
        FinancingDecision decision = network.core.checkFinancingEligibility().check(new EligibilityQuery(kurBank, asep.id(),
                ProductId.of("kur-mikro"), Rupiah.of(20_000_000), Optional.of(LocalDate.of(2019, 5, 2)))).await();
        assertThat(decision.productId()).isEqualTo(FinancingCatalogue.KUR_MIKRO_2018);
        assertThat(decision.status()).isEqualTo(FinancingDecision.Status.UNDECIDED);
        assertThat(decision.unknowns()).extracting(RuleOutcome::code).containsExactly("OTHER_CREDIT_HELD");

        FinancingGranted granted = network.core.recordFinancing().record(new RecordFinancingCommand(kurBank, asep.id(),
                ProductId.of("kur-mikro"), Rupiah.of(20_000_000), 24, "KUR-JB-001", Optional.of(LocalDate.of(2019, 5, 2)),
                OptionalLong.empty()));
        assertThat(granted.financing().productId()).isEqualTo(FinancingCatalogue.KUR_MIKRO_2018);
        assertThat(granted.member().stages().isDone(Stage.CAPITAL)).isFalse();
        assertThat(granted.capitalStageOpen()).hasValueSatisfying(open -> {
            assertThat(open.code()).isEqualTo("STAGE_OUT_OF_ORDER");
            assertThat(open.message()).isNotBlank();
        });
        assertThat(network.ports.financings().findByMember(asep.id())).containsExactly(granted.financing());
        assertThat(network.ports.members().findById(asep.id()).orElseThrow().stages().isDone(Stage.CAPITAL)).isFalse();
    }

    @Test
    void a_source_that_knows_of_other_credit_decides_and_refuses() {
        Network withSikp = new Network((member, on) -> new OtherCredit(OtherCredit.Known.HELD, "SIKP", "KUR Mikro at another bank"));
        Member asep = withSikp.core.registerMember().register(new RegisterMemberCommand(HUB, Nik.parse(adultNik(),
                LocalDate.of(2018, 9, 10)), "Asep Sunandar", PhoneNumber.parse("081234567891"), KecamatanCode.of("32.73.01"),
                new Business("Warung Asep", BusinessSector.KULINER, LocalDate.of(2017, 3, 1),
                        Optional.of(Nib.parse("9120001234567"))), LocalDate.of(2018, 9, 10)));
        RecordFinancingCommand kur = new RecordFinancingCommand(HUB, asep.id(), ProductId.of("kur-mikro"), Rupiah.of(20_000_000),
                24, "KUR-JB-002", Optional.of(LocalDate.of(2019, 5, 2)), OptionalLong.empty());
        assertRefused(() -> withSikp.core.recordFinancing().record(kur), FinancingError.FINANCING_NOT_ELIGIBLE);
        assertThat(withSikp.ports.financings().findByMember(asep.id())).isEmpty();
    }

    @Test
    void a_bank_records_its_own_loan_only_for_members_its_product_covers() {
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        Actor bankDki = new Actor.BankActor("Bank DKI");
        FinancingGranted granted = network.core.recordFinancing().record(new RecordFinancingCommand(bankDki, ready.id(), BANK_DKI,
                Rupiah.of(10_000_000), 18, "BDKI-2019-7", Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty()));
        assertThat(granted.member().stages().isDone(Stage.CAPITAL)).isTrue();
        assertThat(granted.capitalStageOpen()).isEmpty();
        Member elsewhere = jawaBaratMemberWithNib();
        assertRefused(() -> network.core.recordFinancing().record(new RecordFinancingCommand(bankDki, elsewhere.id(), BANK_DKI,
                Rupiah.of(10_000_000), 18, "BDKI-2019-8", Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty())),
                ApplicationError.MEMBER_NOT_FOUND);
    }

    @Test
    void a_bank_finds_an_applicant_by_number_or_NIK_only_where_its_products_lend_and_sees_a_loan_officers_view() {
        String nik = Niks.random();
        Member ready = network.completeUpTo(network.core.registerMember().register(Network.registration(HUB, "31.71.01", nik)),
                Stage.FINANCIAL_REPORTING);
        Actor bankDki = new Actor.BankActor("Bank DKI");
        network.core.recordFinancing().record(new RecordFinancingCommand(bankDki, ready.id(), BANK_DKI, Rupiah.of(10_000_000), 18,
                "BDKI-2019-9", Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty()));
        ApplicantView byNumber = network.core.findApplicant().find(bankDki, Optional.of(ready.number()), Optional.empty()).await();
        ApplicantView byNik = network.core.findApplicant().find(bankDki, Optional.empty(),
                Optional.of(Nik.parse(nik, LocalDate.of(2018, 9, 10)))).await();
        assertThat(byNik).isEqualTo(byNumber);
        assertThat(byNumber.stages()).extracting(ApplicantView.StageDone::stage).containsExactly(Stage.values());
        assertThat(byNumber.licences()).extracting(ApplicantView.LicenceHeld::type).containsExactly(LicenceType.IUMK);
        assertThat(byNumber.financings()).hasSize(1).allMatch(f -> f.reference().equals("BDKI-2019-9"));
        assertThat(network.core.findApplicant().find(new Actor.BankActor(FinancingCatalogue.KUR_BANK), Optional.of(ready.number()),
                Optional.empty()).await().financings()).as("another bank sees none of Bank DKI's loans").isEmpty();

        Member elsewhere = jawaBaratMemberWithNib();
        assertRefused(() -> network.core.findApplicant().find(bankDki, Optional.of(elsewhere.number()), Optional.empty()),
                ApplicationError.MEMBER_NOT_FOUND);
        assertThat(network.core.findApplicant().find(new Actor.BankActor(FinancingCatalogue.KUR_BANK),
                Optional.of(elsewhere.number()), Optional.empty()).await().licences())
                .extracting(ApplicantView.LicenceHeld::type).containsExactly(LicenceType.NIB);
        assertRefused(() -> network.core.findApplicant().find(Network.as(network.validatedPartner("31")),
                Optional.of(ready.number()), Optional.empty()), AccessError.ACCESS_DENIED);
    }

    @Test
    void a_bank_lists_its_own_loans_only() {
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        network.core.recordFinancing().record(grant(ready, "2019-03-01"));
        Member asep = jawaBaratMemberWithNib();
        network.core.recordFinancing().record(new RecordFinancingCommand(HUB, asep.id(), ProductId.of("kur-mikro"),
                Rupiah.of(20_000_000), 24, "KUR-JB-003", Optional.of(LocalDate.of(2019, 5, 2)), OptionalLong.empty()));
        assertThat(network.core.readFinancings().ofProducts(new Actor.BankActor("Bank DKI"), Optional.empty(), 500).await())
                .extracting(f -> f.productId()).containsExactly(BANK_DKI);
        assertThat(network.core.readFinancings().ofProducts(HUB, Optional.empty(), 500).await()).hasSize(2);
        assertThat(network.core.readFinancings().ofProducts(new Actor.BankActor("Bank BRI"), Optional.empty(), 500).await())
                .isEmpty();
    }

    @Test
    void a_bank_records_its_refusal_which_changes_no_stage_and_is_kept_with_the_member() {
        Member asep = jawaBaratMemberWithNib();
        Actor kurBank = new Actor.BankActor(FinancingCatalogue.KUR_BANK);
        var refusal = network.core.recordFinancing().refuse(new id.okoce.application.port.in.financing.RefuseFinancingCommand(kurBank,
                asep.id(), ProductId.of("kur-mikro"), Rupiah.of(20_000_000),
                id.okoce.domain.financing.FinancingRefusal.Reason.OTHER_CREDIT_HELD, Optional.of("SIKP: KUR di bank lain"),
                Optional.of(LocalDate.of(2019, 5, 2))));
        assertThat(refusal.productId()).isEqualTo(FinancingCatalogue.KUR_MIKRO_2018);
        assertThat(network.core.readFinancings().refusalsOf(kurBank, asep.id()).await()).containsExactly(refusal);
        assertThat(network.core.readFinancings().refusalsOf(new Actor.BankActor("Bank DKI"), asep.id()).await())
                .as("another bank's refusals are not shown").isEmpty();
        assertThat(network.ports.members().findById(asep.id()).orElseThrow().version()).isEqualTo(asep.version());
        assertThat(network.ports.audit().ofMember(asep.id())).extracting(a -> a.action().code()).contains("financing.refused");
        assertRefused(() -> network.core.recordFinancing().refuse(new id.okoce.application.port.in.financing.RefuseFinancingCommand(
                kurBank, asep.id(), ProductId.of("kur-mikro"), Rupiah.of(1), id.okoce.domain.financing.FinancingRefusal.Reason.OTHER,
                Optional.empty(), Optional.of(LocalDate.of(2019, 5, 2)))), FinancingError.REFUSAL_NOTE_INVALID);
        assertRefused(() -> network.core.recordFinancing().refuse(new id.okoce.application.port.in.financing.RefuseFinancingCommand(
                new Actor.BankActor("Bank DKI"), asep.id(), BANK_DKI, Rupiah.of(1),
                id.okoce.domain.financing.FinancingRefusal.Reason.NOT_ELIGIBLE, Optional.empty(), Optional.empty())),
                ApplicationError.MEMBER_NOT_FOUND);
    }
}
