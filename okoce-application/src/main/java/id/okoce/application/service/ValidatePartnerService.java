package id.okoce.application.service;

import id.okoce.application.port.in.partner.ValidatePartnerCommand;
import id.okoce.application.port.in.partner.ValidatePartnerUseCase;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.partner.Partner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Records the hub's decision on a registered partner. */
public final class ValidatePartnerService implements ValidatePartnerUseCase {

    private final PartnerRepository partners;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public ValidatePartnerService(PartnerRepository partners, Transactions transactions, Accounting accounting, Clock clock) {
        this.partners = partners;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Partner decide(ValidatePartnerCommand command) {
        command.actor().requireRole("validate partners", Role.HUB_ADMIN);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = command.on().orElse(today);
        return transactions.inTransaction(() -> {
            Partner partner = Lookups.visiblePartner(partners, command.actor(), command.partnerId());
            Lookups.requireVersion(command.expectedVersion(), partner.version(), "partner " + partner.id());
            Partner decided = switch (command.decision()) {
                case APPROVE -> partner.validate(on, today);
                case REJECT -> partner.reject(command.reason().orElse(null), on, today);
            };
            Partner saved = partners.save(decided);
            accounting.changed(command.actor(), AuditAction.PARTNER_VALIDATED, saved.id().toString(), Optional.of(saved.province()),
                    List.of(FieldChange.of("status", partner.status(), saved.status())), saved.statusReason());
            return saved;
        });
    }
}
