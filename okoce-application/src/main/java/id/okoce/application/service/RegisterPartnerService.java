package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerError;
import id.okoce.domain.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return store(command, Optional.of(command.actor()));
    }

    @Override
    public Partner apply(RegisterPartnerCommand command) {
        return store(command, Optional.empty());
    }

    /**
     * Refuses a second partner of the same name in the province, naming the first; the name is
     * compared with case, spacing and punctuation folded.
     */
    static void requireUniqueName(PartnerRepository partners, Partner partner) {
        String key = Partner.nameKey(partner.name());
        partners.find(Optional.of(partner.province()), Optional.empty()).stream()
                .filter(other -> !other.id().equals(partner.id()) && Partner.nameKey(other.name()).equals(key))
                .findFirst().ifPresent(other -> {
                    throw new DomainException(ApplicationError.PARTNER_DUPLICATE, "name", "partner " + other.id() + " ("
                            + other.name() + ", " + other.status() + ") already works in province " + other.province()
                            + " under this name", Map.of("existingPartnerId", other.id().toString()));
                });
    }

    private Partner store(RegisterPartnerCommand command, Optional<Actor> by) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = by.isPresent() ? command.registeredOn().orElse(today) : today;
        if (on.isAfter(today)) {
            throw new DomainException(PartnerError.PARTNER_DATE_INVALID, "registeredOn", "registeredOn " + on + " is in the future");
        }
        Partner partner = Partner.register(ids.newPartnerId(), command.name(), command.brand(), command.area(),
                command.contact(), on);
        return transactions.inTransaction(() -> {
            requireUniqueName(partners, partner);
            Partner saved = partners.save(partner);
            Actor actor = by.orElseGet(() -> new Actor.PartnerActor(saved.id(), saved.area(), Optional.empty()));
            accounting.changed(actor, AuditAction.PARTNER_REGISTERED, saved.id().toString(), Optional.of(saved.province()),
                    List.of(FieldChange.of("name", null, saved.name()), FieldChange.of("province", null, saved.province()),
                            FieldChange.of("regencies", null, saved.area().regencies()),
                            FieldChange.of("status", null, saved.status())), Optional.empty());
            return saved;
        });
    }
}
