package id.okoce.application.service;

import id.okoce.application.OkoceCore;
import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.in.partner.RecordAgreementCommand;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.ValidatePartnerCommand;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.testdata.MemberBuilder;
import id.okoce.domain.testdata.Niks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A network on in-memory adapters with a fixed clock, and sentences to set up a story. */
final class Network {

    static final LocalDate TODAY = LocalDate.of(2019, 6, 30);
    static final Actor HUB = new Actor.HubAdmin("admin");
    /** The day {@link #validatedPartner} partners were validated: a week after OK OCE went national. */
    static final LocalDate VALIDATED_ON = LocalDate.of(2018, 9, 7);
    private static final java.util.concurrent.atomic.AtomicInteger PARTNERS = new java.util.concurrent.atomic.AtomicInteger();

    final OutboundPorts ports;
    final OkoceCore core;

    Network() {
        this(InMemoryAdapters.create());
    }

    Network(OutboundPorts ports) {
        this(ports, id.okoce.application.port.out.OtherCreditSource.none());
    }

    /** A network whose facts about other productive credit come from {@code otherCredit}. */
    Network(id.okoce.application.port.out.OtherCreditSource otherCredit) {
        this(InMemoryAdapters.create(), otherCredit);
    }

    Network(OutboundPorts ports, id.okoce.application.port.out.OtherCreditSource otherCredit) {
        this.ports = ports;
        this.core = OkoceCore.builder(ports)
                .clock(Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant(), OkoceCore.JAKARTA))
                .otherCredit(otherCredit)
                .build();
        core.defineFinancingProduct().addBuiltInCatalogue(Actor.system());
    }

    /** A partner registered and validated by the hub. */
    Partner validatedPartner(String province) {
        Partner partner = core.registerPartner().register(new RegisterPartnerCommand(HUB, "Komunitas " + province + " "
                + PARTNERS.incrementAndGet(),
                Optional.of("OK OCE " + province), ProvinceCode.of(province),
                new PartnerContact(Optional.of(EmailAddress.parse("mitra@example.org")), Optional.empty()),
                Optional.of(VALIDATED_ON.minusDays(6))));
        return core.validatePartner().decide(new ValidatePartnerCommand(HUB, partner.id(),
                ValidatePartnerCommand.Decision.APPROVE, Optional.empty(), Optional.of(VALIDATED_ON), OptionalLong.empty()));
    }

    /** The actor for a partner. */
    static Actor as(Partner partner) {
        return new Actor.PartnerActor(partner.id(), partner.province());
    }

    /** An agreement of {@code partner} in force from 2018-10-01. */
    CooperationAgreement agreement(Partner partner, CounterpartyKind kind, Stage... stages) {
        return core.recordAgreement().record(new RecordAgreementCommand(HUB, partner.id(), kind, "Mitra " + kind,
                Set.copyOf(EnumSet.of(stages[0], stages)), LocalDate.of(2018, 10, 1), Optional.empty()));
    }

    /** A registration command for a new member of {@code kecamatan}, with a random NIK. */
    static RegisterMemberCommand registration(Actor actor, String kecamatan) {
        return registration(actor, kecamatan, Niks.random());
    }

    /** A registration command with the given NIK. */
    static RegisterMemberCommand registration(Actor actor, String kecamatan, String nik) {
        LocalDate on = LocalDate.of(2018, 9, 10);
        return new RegisterMemberCommand(actor, Nik.parse(nik, on), "Siti Rahma", PhoneNumber.parse("081234567890"),
                KecamatanCode.of(kecamatan), new Business("Warung Siti", BusinessSector.KULINER, LocalDate.of(2017, 3, 1),
                        Optional.empty()), on);
    }

    /** A member registered by the hub in {@code kecamatan}. */
    Member member(String kecamatan) {
        return core.registerMember().register(registration(HUB, kecamatan));
    }

    /** Completes {@code stage} for the member, a day after its previous stages, as the hub. */
    Member complete(Member member, Stage stage) {
        LocalDate after = member.stages().completions().get(member.stages().completions().size() - 1).completedOn();
        return core.completeStage().complete(new CompleteStageCommand(HUB, member.id(),
                new StageCompletion(stage, after.plusDays(1), MemberBuilder.evidenceFor(stage)), OptionalLong.empty()));
    }

    /** Completes every stage up to {@code last}, as the hub. */
    Member completeUpTo(Member member, Stage last) {
        Member current = member;
        for (Stage stage : last.upToAndIncluding()) {
            if (!current.stages().isDone(stage)) {
                current = complete(current, stage);
            }
        }
        return current;
    }
}
