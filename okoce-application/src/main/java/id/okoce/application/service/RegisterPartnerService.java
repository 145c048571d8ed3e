package id.okoce.application.service;

import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Role;
import id.okoce.domain.partner.Partner;
import java.time.Clock;
import java.time.LocalDate;

/** Registers partners on the hub's behalf. */
public final class RegisterPartnerService implements RegisterPartnerUseCase {

    private final PartnerRepository partners;
    private final IdentitySource ids;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the service. */
    public RegisterPartnerService(PartnerRepository partners, IdentitySource ids, Transactions transactions, Clock clock) {
        this.partners = partners;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Partner register(RegisterPartnerCommand command) {
        command.actor().requireRole("register partners", Role.HUB_ADMIN);
        Partner partner = Partner.register(ids.newPartnerId(), command.name(), command.brand(), command.province(),
                command.contact(), LocalDate.now(clock));
        return transactions.inTransaction(() -> partners.save(partner));
    }
}
