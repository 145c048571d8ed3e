package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.partner.RecordAgreementCommand;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import java.util.List;
import java.util.Optional;

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
}
