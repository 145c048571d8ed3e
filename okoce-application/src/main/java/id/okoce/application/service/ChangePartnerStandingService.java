package id.okoce.application.service;

import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.application.port.in.partner.ChangePartnerStandingUseCase;
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

/** Suspends and reinstates partners on the hub's behalf. */
public final class ChangePartnerStandingService implements ChangePartnerStandingUseCase {

    private final PartnerRepository partners;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public ChangePartnerStandingService(PartnerRepository partners, Transactions transactions, Accounting accounting, Clock clock) {
        this.partners = partners;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Partner change(ChangePartnerStandingCommand command) {
        command.actor().requireRole("suspend or reinstate partners", Role.HUB_ADMIN);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = command.on().orElse(today);
        return transactions.inTransaction(() -> {
            Partner partner = Lookups.visiblePartner(partners, command.actor(), command.partnerId());
            Lookups.requireVersion(command.expectedVersion(), partner.version(), "partner " + partner.id());
            Partner changed = switch (command.change()) {
                case SUSPEND -> partner.suspend(command.reason().orElse(null), on, today);
                case REINSTATE -> partner.reinstate(on, today);
            };
            Partner saved = partners.save(changed);
            accounting.changed(command.actor(), AuditAction.PARTNER_STANDING_CHANGED, saved.id().toString(), Optional.of(saved.province()),
                    List.of(FieldChange.of("status", partner.status(), saved.status())), saved.statusReason());
            return saved;
        });
    }
}
