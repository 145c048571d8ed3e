package id.okoce.application.service;

import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

/** Registers partners on the hub's behalf. */
public final class RegisterPartnerService implements RegisterPartnerUseCase {

    private final PartnerRepository partners;
    private final IdentitySource ids;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public RegisterPartnerService(PartnerRepository partners, IdentitySource ids, Transactions transactions, Accounting accounting,
                                  Clock clock) {
        this.partners = partners;
        this.ids = ids;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Partner register(RegisterPartnerCommand command) {
        command.actor().requireRole("register partners", Role.HUB_ADMIN);
        Partner partner = Partner.register(ids.newPartnerId(), command.name(), command.brand(), command.province(),
                command.contact(), LocalDate.now(clock));
        return transactions.inTransaction(() -> {
            Partner saved = partners.save(partner);
            accounting.changed(command.actor(), AuditAction.PARTNER_REGISTERED, saved.id().toString(), Optional.of(saved.province()),
                    List.of(FieldChange.of("name", null, saved.name()), FieldChange.of("province", null, saved.province()),
                            FieldChange.of("status", null, saved.status())), Optional.empty());
            return saved;
        });
    }
}
