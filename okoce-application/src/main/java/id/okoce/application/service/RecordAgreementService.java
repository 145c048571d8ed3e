package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.partner.RecordAgreementCommand;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Records cooperation agreements signed by validated partners. */
public final class RecordAgreementService implements RecordAgreementUseCase {

    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final IdentitySource ids;
    private final Transactions transactions;
    private final Accounting accounting;

    /** Wires the service. */
    public RecordAgreementService(PartnerRepository partners, AgreementRepository agreements, IdentitySource ids,
                                  Transactions transactions, Accounting accounting) {
        this.partners = partners;
        this.agreements = agreements;
        this.ids = ids;
        this.transactions = transactions;
        this.accounting = accounting;
    }

    @Override
    public CooperationAgreement record(RecordAgreementCommand command) {
        command.actor().requireRole("record agreements", Role.HUB_ADMIN, Role.PARTNER);
        if (!command.actor().actsFor(command.partnerId())) {
            throw new DomainException(ApplicationError.PARTNER_NOT_FOUND, "id", "no partner " + command.partnerId());
        }
        return transactions.inTransaction(() -> {
            Partner partner = Lookups.visiblePartner(partners, command.actor(), command.partnerId());
            CooperationAgreement agreement = partner.signAgreement(ids.newAgreementId(), command.counterpartyKind(),
                    command.counterpartyName(), command.stages(), command.validFrom(), command.validUntil());
            requireNoTwin(agreement);
            agreements.add(agreement);
            accounting.changed(command.actor(), AuditAction.AGREEMENT_RECORDED, agreement.id().toString(),
                    Optional.of(agreement.province()), List.of(FieldChange.of("partnerId", null, partner.id()),
                            FieldChange.of("counterparty", null, agreement.counterpartyKind() + " " + agreement.counterpartyName()),
                            FieldChange.of("stages", null, agreement.stages().stream().map(Stage::code).toList()),
                            FieldChange.of("validFrom", null, agreement.validFrom()),
                            FieldChange.of("validUntil", null, agreement.validUntil().orElse(null))), Optional.empty());
            return agreement;
        });
    }

    @Override
    public CooperationAgreement end(Actor actor, PartnerId partnerId, AgreementId agreementId, LocalDate lastDay, String reason) {
        String why = Reasons.check(reason, "reason", Reasons.MAX);
        return transactions.inTransaction(() -> {
            CooperationAgreement before = visible(actor, partnerId, agreementId);
            CooperationAgreement ended = before.endedOn(lastDay);
            agreements.replace(ended);
            accounting.changed(actor, AuditAction.AGREEMENT_ENDED, ended.id().toString(), Optional.of(ended.province()),
                    List.of(FieldChange.of("validUntil", before.validUntil().orElse(null), lastDay)), Optional.of(why));
            return ended;
        });
    }

    @Override
    public CooperationAgreement amend(Actor actor, PartnerId partnerId, AgreementId agreementId, Set<Stage> stages,
                                      LocalDate validFrom, Optional<LocalDate> validUntil, String reason) {
        String why = Reasons.check(reason, "reason", Reasons.MAX);
        return transactions.inTransaction(() -> {
            CooperationAgreement before = visible(actor, partnerId, agreementId);
            CooperationAgreement amended = before.amended(stages, validFrom, validUntil);
            requireNoTwin(amended);
            agreements.replace(amended);
            accounting.changed(actor, AuditAction.AGREEMENT_AMENDED, amended.id().toString(), Optional.of(amended.province()),
                    List.of(FieldChange.of("stages", before.stages().stream().map(Stage::code).toList(),
                                    amended.stages().stream().map(Stage::code).toList()),
                            FieldChange.of("validFrom", before.validFrom(), amended.validFrom()),
                            FieldChange.of("validUntil", before.validUntil().orElse(null), amended.validUntil().orElse(null))),
                    Optional.of(why));
            return amended;
        });
    }

    private CooperationAgreement visible(Actor actor, PartnerId partnerId, AgreementId agreementId) {
        actor.requireRole("change agreements", Role.HUB_ADMIN, Role.PARTNER);
        if (!actor.actsFor(partnerId)) {
            throw new DomainException(ApplicationError.PARTNER_NOT_FOUND, "id", "no partner " + partnerId);
        }
        Lookups.visiblePartner(partners, actor, partnerId);
        return agreements.findById(agreementId).filter(a -> a.partnerId().equals(partnerId))
                .orElseThrow(() -> new DomainException(ApplicationError.AGREEMENT_NOT_FOUND, "agreementId",
                        "no agreement " + agreementId + " of partner " + partnerId));
    }

    private void requireNoTwin(CooperationAgreement agreement) {
        agreements.findByPartner(agreement.partnerId()).stream()
                .filter(other -> !other.id().equals(agreement.id()) && other.sameTermsAs(agreement)).findFirst()
                .ifPresent(twin -> {
                    throw new DomainException(ApplicationError.AGREEMENT_DUPLICATE, "counterpartyName", "agreement " + twin.id()
                            + " already has this counterparty, these stages and this validity",
                            java.util.Map.of("existingAgreementId", twin.id().toString()));
                });
    }
}
