package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.application.port.in.member.CorrectMemberCommand;
import id.okoce.application.port.in.member.EraseMemberCommand;
import id.okoce.application.port.in.member.ExportMemberDataUseCase.MemberExport;
import id.okoce.application.port.in.member.MemberRecordsUseCase.ProcessingRecord;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.in.member.WithdrawStageCommand;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.application.port.out.IdempotencyStore;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Correction;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.ErasureGround;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The register held to account: every change leaves its audit entry, every answer that shows a
 * member its read record; corrections, transfers and withdrawals keep history and counters; an
 * erasure destroys what names the person and keeps what the reports need.
 */
class AccountabilityTest {

    private final Network network = new Network();

    private List<AuditAction> actionsOn(Object objectId) {
        return network.ports.audit().ofObject(objectId.toString()).stream().map(AuditEntry::action).toList();
    }

    @Test
    void every_kind_of_change_leaves_its_audit_entry() {
        Partner jabar = network.validatedPartner("32");
        assertThat(actionsOn(jabar.id())).containsExactly(AuditAction.PARTNER_REGISTERED, AuditAction.PARTNER_VALIDATED);
        network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, jabar.id(),
                ChangePartnerStandingCommand.Change.SUSPEND, Optional.of("audit"), OptionalLong.empty()));
        assertThat(network.ports.audit().ofObject(jabar.id().toString())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PARTNER_STANDING_CHANGED);
            assertThat(e.changes()).containsExactly(FieldChange.of("status", "VALIDATED", "SUSPENDED"));
            assertThat(e.reason()).contains("audit");
        });
        Partner dki = network.validatedPartner("31");
        var agreement = network.agreement(dki, CounterpartyKind.BANK, Stage.CAPITAL);
        assertThat(actionsOn(agreement.id())).containsExactly(AuditAction.AGREEMENT_RECORDED);
        assertThat(actionsOn(FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018)).containsExactly(AuditAction.PRODUCT_DEFINED);

        var token = network.core.manageTokens().issue(HUB, Role.BANK, Optional.empty(), Optional.of("Bank DKI"));
        network.core.manageTokens().revoke(HUB, token.token().id());
        assertThat(actionsOn(token.token().id())).containsExactly(AuditAction.TOKEN_ISSUED, AuditAction.TOKEN_REVOKED);

        Member member = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        var granted = network.core.recordFinancing().record(new RecordFinancingCommand(HUB, member.id(),
                FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018, Rupiah.of(5_000_000), 12, "BDKI-1",
                Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty()));
        assertThat(network.ports.audit().ofMember(member.id())).extracting(AuditEntry::action).containsExactly(
                AuditAction.MEMBER_REGISTERED, AuditAction.STAGE_COMPLETED, AuditAction.STAGE_COMPLETED, AuditAction.STAGE_COMPLETED,
                AuditAction.STAGE_COMPLETED, AuditAction.STAGE_COMPLETED, AuditAction.FINANCING_RECORDED, AuditAction.STAGE_COMPLETED);
        assertThat(network.ports.audit().ofMember(member.id())).last().satisfies(p7 ->
                assertThat(p7.fields()).containsExactly("stages.P7.completedOn", "stages.P7.evidence"));
        assertThat(granted.member().stages().isDone(Stage.CAPITAL)).isTrue();
    }

    @Test
    void the_audit_entry_says_who_and_through_which_token() {
        TokenId token = TokenId.random();
        Partner jabar = network.validatedPartner("32");
        Actor partner = new Actor.PartnerActor(jabar.id(), jabar.province(), Optional.of(token));
        Member member = network.core.registerMember().register(Network.registration(partner, "32.73.01"));
        assertThat(network.ports.audit().ofMember(member.id())).singleElement().satisfies(e -> {
            assertThat(e.who().role()).isEqualTo(Role.PARTNER);
            assertThat(e.who().token()).contains(token);
            assertThat(e.who().partner()).contains(jabar.id());
            assertThat(e.province()).contains(ProvinceCode.of("32"));
            assertThat(e.changes()).extracting(FieldChange::field).doesNotContain("nik", "fullName", "phone");
        });
    }

    @Test
    void every_answer_that_shows_a_member_leaves_a_read_record_with_its_purpose() {
        Member siti = network.member("31.71.01");
        Member ani = network.member("31.71.02");
        network.core.readMembers().get(HUB, siti.id(), "checking the phone number").await();
        network.core.readMembers().find(HUB, MemberCriteria.all(500), ReadMembersUseCase.SEARCH).await();
        network.core.memberRecords().history(HUB, siti.id()).await();
        assertThat(network.ports.reads().ofMember(siti.id())).extracting(ReadRecord::purpose)
                .containsExactly("checking the phone number", "member-search", "member-history");
        assertThat(network.ports.reads().ofMember(ani.id())).extracting(ReadRecord::purpose).containsExactly("member-search");
        assertRefused(() -> network.core.readMembers().get(HUB, siti.id(), " "), ApplicationError.PURPOSE_INVALID);
    }

    @Test
    void the_full_nik_is_for_the_hub_with_a_purpose_and_the_reveal_is_recorded() {
        Partner dki = network.validatedPartner("31");
        Member siti = network.member("31.71.01");
        assertRefused(() -> network.core.readMembers().revealNik(Network.as(dki), siti.id(), "why"), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.readMembers().revealNik(HUB, siti.id(), ""), ApplicationError.PURPOSE_REQUIRED);
        assertThat(network.core.readMembers().revealNik(HUB, siti.id(), "bank verification").await()).isEqualTo(siti.nik());
        assertThat(network.ports.reads().ofMember(siti.id())).extracting(ReadRecord::purpose)
                .containsExactly("reveal-nik: bank verification");
    }

    @Test
    void a_correction_is_history_with_masked_values_and_changes_nothing_else() {
        Partner dki = network.validatedPartner("31");
        Member siti = network.member("31.71.01");
        Member corrected = network.core.correctMember().correct(new CorrectMemberCommand(Network.as(dki), siti.id(),
                Correction.none().withFullName("Siti Rahmah").withPhone(PhoneNumber.parse("081299998888"))
                        .withDomicile(KecamatanCode.of("31.71.02")), OptionalLong.of(siti.version())));
        assertThat(corrected.version()).isEqualTo(siti.version() + 1);
        assertThat(corrected.number()).isEqualTo(siti.number());
        List<AuditEntry> history = network.core.memberRecords().history(HUB, siti.id()).await();
        assertThat(history).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.MEMBER_CORRECTED);
            assertThat(e.changes()).containsExactly(FieldChange.of("fullName", "S*** R****", "S*** R*****"),
                    FieldChange.of("phone", "+62812*****890", "+62812*****888"), FieldChange.of("kecamatan", "31.71.01", "31.71.02"));
        });
        assertThat(network.core.correctMember().correct(new CorrectMemberCommand(HUB, siti.id(),
                Correction.none().withFullName("Siti Rahmah"), OptionalLong.empty()))).as("no change, no new version")
                .isEqualTo(corrected);
        assertRefused(() -> network.core.correctMember().correct(new CorrectMemberCommand(HUB, siti.id(), Correction.none(),
                OptionalLong.empty())), ApplicationError.CORRECTION_INVALID);
        assertRefused(() -> network.core.correctMember().correct(new CorrectMemberCommand(HUB, siti.id(),
                Correction.none().withFullName("X"), OptionalLong.of(siti.version()))), ApplicationError.VERSION_CONFLICT);
    }

    @Test
    void a_transfer_moves_the_member_into_the_new_provinces_scope_and_the_counters_with_it() {
        Partner dki = network.validatedPartner("31");
        Partner jabar = network.validatedPartner("32");
        Member siti = network.complete(network.member("31.71.01"), Stage.TRAINING);
        Map<ProvinceCode, Long> before = network.ports.statistics().membersByProvince();
        assertRefused(() -> network.core.correctMember().correct(new CorrectMemberCommand(Network.as(jabar), siti.id(),
                Correction.none().withDomicile(KecamatanCode.of("32.73.01")), OptionalLong.empty())), ApplicationError.MEMBER_NOT_FOUND);

        Member moved = network.core.correctMember().correct(new CorrectMemberCommand(Network.as(dki), siti.id(),
                Correction.none().withDomicile(KecamatanCode.of("32.73.01")), OptionalLong.empty()));
        assertThat(moved.number()).isEqualTo(siti.number());
        assertThat(moved.province()).isEqualTo(ProvinceCode.of("32"));
        Map<ProvinceCode, Long> after = network.ports.statistics().membersByProvince();
        assertThat(after.getOrDefault(ProvinceCode.of("31"), 0L)).isEqualTo(before.get(ProvinceCode.of("31")) - 1);
        assertThat(after.get(ProvinceCode.of("32"))).isEqualTo(before.getOrDefault(ProvinceCode.of("32"), 0L) + 1);
        assertThat(network.ports.statistics().membersByStage(Optional.of(ProvinceCode.of("32")))).containsEntry(Stage.TRAINING, 1L);
        assertRefused(() -> network.core.readMembers().get(Network.as(dki), siti.id()), ApplicationError.MEMBER_NOT_FOUND);
        assertThat(network.core.readMembers().get(Network.as(jabar), siti.id()).number()).isEqualTo(siti.number());
        assertThat(network.ports.audit().ofMember(siti.id())).last().extracting(AuditEntry::action)
                .isEqualTo(AuditAction.MEMBER_TRANSFERRED);
    }

    @Test
    void the_hub_withdraws_the_latest_stage_with_a_reason_and_the_counters_follow() {
        Partner dki = network.validatedPartner("31");
        Member siti = network.completeUpTo(network.member("31.71.01"), Stage.MENTORING);
        long mentored = network.ports.statistics().membersByStage(Optional.empty()).get(Stage.MENTORING);
        assertRefused(() -> network.core.withdrawStage().withdraw(new WithdrawStageCommand(Network.as(dki), siti.id(), Stage.MENTORING,
                "mistake", OptionalLong.empty())), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.withdrawStage().withdraw(new WithdrawStageCommand(HUB, siti.id(), Stage.TRAINING,
                "mistake", OptionalLong.empty())), StageError.STAGE_NOT_LATEST);
        assertRefused(() -> network.core.withdrawStage().withdraw(new WithdrawStageCommand(HUB, siti.id(), Stage.MENTORING,
                " ", OptionalLong.empty())), ApplicationError.REASON_INVALID);

        Member back = network.core.withdrawStage().withdraw(new WithdrawStageCommand(HUB, siti.id(), Stage.MENTORING,
                "entered for the wrong member", OptionalLong.of(siti.version())));
        assertThat(back.stages().highest()).isEqualTo(Stage.TRAINING);
        assertThat(network.ports.statistics().membersByStage(Optional.empty()).getOrDefault(Stage.MENTORING, 0L)).isEqualTo(mentored - 1);
        assertThat(network.ports.audit().ofMember(siti.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.STAGE_WITHDRAWN);
            assertThat(e.reason()).contains("entered for the wrong member");
        });
    }

    @Test
    void p7_on_a_recorded_financing_is_not_withdrawn() {
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        Member financed = network.core.recordFinancing().record(new RecordFinancingCommand(HUB, ready.id(),
                FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018, Rupiah.of(5_000_000), 12, "BDKI-2",
                Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty())).member();
        assertThat(financed.stages().isDone(Stage.CAPITAL)).isTrue();
        assertRefused(() -> network.core.withdrawStage().withdraw(new WithdrawStageCommand(HUB, financed.id(), Stage.CAPITAL,
                "mistake", OptionalLong.empty())), ApplicationError.STAGE_HELD_BY_FINANCING);
    }

    @Test
    void the_export_holds_everything_and_the_processing_record_every_change_and_read() {
        Member siti = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);
        network.core.recordFinancing().record(new RecordFinancingCommand(HUB, siti.id(), FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018,
                Rupiah.of(5_000_000), 12, "BDKI-3", Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty()));
        network.core.correctMember().correct(new CorrectMemberCommand(HUB, siti.id(), Correction.none().withFullName("Siti Rahmah"),
                OptionalLong.empty()));
        network.core.readMembers().get(HUB, siti.id());
        assertRefused(() -> network.core.exportMemberData().export(Network.as(network.validatedPartner("31")), siti.id(), "x"),
                AccessError.ACCESS_DENIED);

        MemberExport export = network.core.exportMemberData().export(HUB, siti.id(), "request of 2019-06-30").await();
        assertThat(export.member().nik()).isEqualTo(siti.nik());
        assertThat(export.financings()).singleElement().satisfies(f -> assertThat(f.reference()).isEqualTo("BDKI-3"));
        assertThat(export.changes()).filteredOn(e -> e.action() == AuditAction.MEMBER_CORRECTED).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(FieldChange.of("fullName", "Siti Rahma", "Siti Rahmah")));
        assertThat(export.reads()).extracting(ReadRecord::purpose).containsExactly("member-detail", "request of 2019-06-30");

        ProcessingRecord record = network.core.memberRecords().processingRecord(HUB, siti.id()).await();
        assertThat(record.erased()).isFalse();
        assertThat(record.changes()).hasSize(export.changes().size());
        assertThat(record.changes()).filteredOn(e -> e.action() == AuditAction.MEMBER_CORRECTED).singleElement()
                .satisfies(e -> assertThat(e.changes().get(0).after()).contains("S*** R*****"));
        assertThat(record.reads()).extracting(ReadRecord::purpose).containsExactly("member-detail", "request of 2019-06-30");
    }

    @Test
    void an_erasure_destroys_the_person_and_keeps_the_counts() {
        Member siti = network.complete(network.member("31.71.01"), Stage.TRAINING);
        network.core.correctMember().correct(new CorrectMemberCommand(HUB, siti.id(), Correction.none().withFullName("Siti Rahmah"),
                OptionalLong.empty()));
        network.ports.transactions().run(() -> {
            network.ports.idempotency().claim("hub:admin", "k1", Instant.EPOCH, Instant.EPOCH);
            network.ports.idempotency().complete("hub:admin", "k1", new IdempotencyStore.Outcome("f", 201,
                    "{\"id\":\"" + siti.id() + "\"}", Optional.empty(), Optional.empty()));
        });
        Map<Stage, Long> counts = network.ports.statistics().membersByStage(Optional.empty());
        assertRefused(() -> network.core.eraseMember().erase(new EraseMemberCommand(Network.as(network.validatedPartner("31")), siti.id(),
                ErasureGround.PERSON_REQUEST, Optional.empty(), OptionalLong.empty())), AccessError.ACCESS_DENIED);

        ErasedMember remains = network.core.eraseMember().erase(new EraseMemberCommand(HUB, siti.id(), ErasureGround.PERSON_REQUEST,
                Optional.of("letter 12/2019"), OptionalLong.empty()));
        assertThat(remains.stagesDone()).containsOnlyKeys(Stage.REGISTRATION, Stage.TRAINING);
        assertRefused(() -> network.core.readMembers().get(HUB, siti.id()), ApplicationError.MEMBER_ERASED);
        assertRefused(() -> network.core.eraseMember().erase(new EraseMemberCommand(HUB, siti.id(), ErasureGround.PERSON_REQUEST,
                Optional.empty(), OptionalLong.empty())), ApplicationError.MEMBER_ERASED);
        assertThat(network.ports.statistics().membersByStage(Optional.empty())).isEqualTo(counts);
        assertThat(network.ports.transactions().inTransaction(() ->
                network.ports.idempotency().claim("hub:admin", "k1", Instant.EPOCH, Instant.EPOCH))).as("the remembered answer is gone").isEmpty();
        List<AuditEntry> trail = network.ports.audit().ofMember(siti.id());
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.MEMBER_CORRECTED).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(new FieldChange("fullName", Optional.empty(), Optional.empty())));
        assertThat(trail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.MEMBER_ERASED);
            assertThat(e.reason()).contains("PERSON_REQUEST: letter 12/2019");
        });
        ProcessingRecord record = network.core.memberRecords().processingRecord(HUB, siti.id()).await();
        assertThat(record.erased()).as("what was done stays accountable after the erasure").isTrue();
        assertThat(network.core.registerMember().register(Network.registration(HUB, "31.71.01", siti.nik().value())).nik())
                .as("the NIK may register again").isEqualTo(siti.nik());
    }

    @Test
    void a_revealed_answer_fails_when_its_read_records_cannot_be_stored() {
        Revealed<String> failing = new Revealed<>("secret", java.util.concurrent.CompletableFuture.failedFuture(
                new id.okoce.application.port.out.StorageUnavailableException("down", null)));
        org.assertj.core.api.Assertions.assertThatThrownBy(failing::await)
                .isInstanceOf(id.okoce.application.port.out.StorageUnavailableException.class);
        assertThat(Revealed.nothingPersonal(1).map(n -> n + 1).await()).isEqualTo(2);
    }
}
