package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Register a partner.
 *
 * @param actor    who asks (the hub)
 * @param name     the organisation's name
 * @param brand    the local brand it wants to use
 * @param area     where it works: its province, or some of its kabupaten/kota
 * @param contact  how to reach it
 * @param registeredOn the day it registered, for the hub recording an earlier registration (today when empty;
 *                 never in the future; an application is always today)
 */
public record RegisterPartnerCommand(Actor actor, String name, Optional<String> brand, PartnerArea area,
                                     PartnerContact contact, Optional<LocalDate> registeredOn) {

    /** A partner of a whole province. */
    public RegisterPartnerCommand(Actor actor, String name, Optional<String> brand, ProvinceCode province,
                                  PartnerContact contact, Optional<LocalDate> registeredOn) {
        this(actor, name, brand, PartnerArea.of(province), contact, registeredOn);
    }

    /** A registration today, of a partner of a whole province. */
    public RegisterPartnerCommand(Actor actor, String name, Optional<String> brand, ProvinceCode province,
                                  PartnerContact contact) {
        this(actor, name, brand, province, contact, Optional.empty());
    }

    /** The province it works in. */
    public ProvinceCode province() {
        return area.province();
    }

    /** Checks every part is present. */
    public RegisterPartnerCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }
}
