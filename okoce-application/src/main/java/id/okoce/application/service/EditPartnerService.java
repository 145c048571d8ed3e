package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.partner.EditPartnerUseCase;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;

/** Edits partners' names, brands and contacts. */
public final class EditPartnerService implements EditPartnerUseCase {

    private final PartnerRepository partners;
    private final Transactions transactions;
    private final Accounting accounting;

    /** Wires the service. */
    public EditPartnerService(PartnerRepository partners, Transactions transactions, Accounting accounting) {
        this.partners = partners;
        this.transactions = transactions;
        this.accounting = accounting;
    }

    @Override
    public Partner edit(Actor actor, PartnerId id, Optional<String> name, Optional<Optional<String>> brand,
                        Optional<PartnerContact> contact, Optional<Set<RegencyCode>> regencies, OptionalLong expectedVersion) {
        actor.requireRole("edit partners", Role.HUB_ADMIN, Role.PARTNER);
        if (!actor.actsFor(id)) {
            throw new DomainException(ApplicationError.PARTNER_NOT_FOUND, "id", "no partner " + id);
        }
        if (name.isPresent() && actor.role() != Role.HUB_ADMIN) {
            throw new DomainException(AccessError.ACCESS_DENIED, "name", "only the hub changes a partner's name");
        }
        if (regencies.isPresent() && actor.role() != Role.HUB_ADMIN) {
            throw new DomainException(AccessError.ACCESS_DENIED, "regencies", "only the hub changes a partner's area");
        }
        return transactions.inTransaction(() -> {
            Partner before = Lookups.visiblePartner(partners, actor, id);
            Lookups.requireVersion(expectedVersion, before.version(), "partner " + id);
            Partner renamed = before.edited(name, brand.orElse(before.brand()), contact.orElse(before.contact()));
            Partner edited = regencies.map(r -> renamed.withArea(PartnerArea.of(before.province(), r))).orElse(renamed);
            if (name.isPresent()) {
                RegisterPartnerService.requireUniqueName(partners, edited);
            }
            List<FieldChange> changes = new ArrayList<>();
            if (!edited.name().equals(before.name())) {
                changes.add(FieldChange.of("name", before.name(), edited.name()));
            }
            if (!edited.brand().equals(before.brand())) {
                changes.add(FieldChange.of("brand", before.brand().orElse(null), edited.brand().orElse(null)));
            }
            if (!edited.contact().email().equals(before.contact().email())) {
                changes.add(FieldChange.of("contact.email", before.contact().email().map(Object::toString).orElse(null),
                        edited.contact().email().map(Object::toString).orElse(null)));
            }
            if (!edited.contact().phone().equals(before.contact().phone())) {
                changes.add(FieldChange.of("contact.phone", before.contact().phone().map(Object::toString).orElse(null),
                        edited.contact().phone().map(Object::toString).orElse(null)));
            }
            if (!edited.area().equals(before.area())) {
                changes.add(FieldChange.of("regencies", before.area().regencies(), edited.area().regencies()));
            }
            if (changes.isEmpty()) {
                return before;
            }
            Partner saved = partners.save(edited);
            accounting.changed(actor, AuditAction.PARTNER_EDITED, id.toString(), Optional.of(saved.province()), changes,
                    Optional.empty());
            return saved;
        });
    }
}
