package id.okoce.adapter.http.partner;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.Views;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partner as the API shows it.
 *
 * @param id              its id
 * @param name            the organisation's name
 * @param brand           the local brand it asked for
 * @param publicName      the name shown to the public (the brand once validated)
 * @param mayUseOkOceName whether it is validated
 * @param province        the province it works in
 * @param regencies       the kabupaten/kota of the province it works in; empty when it works in the whole province
 * @param contact         how to reach it
 * @param status          REGISTERED, VALIDATED, REJECTED or SUSPENDED
 * @param statusReason    why rejected or suspended
 * @param registeredOn    when it registered
 * @param statusChangedOn the last status change
 * @param standing        every status it entered, with the day and the reason, oldest first
 * @param version         the version (also the ETag)
 */
public record PartnerResponse(@ApiField(value = "partner id", format = "uuid") UUID id,
                              @ApiField("organisation's name") String name,
                              @ApiField(value = "local brand", optional = true) String brand,
                              @ApiField("name shown to the public") String publicName,
                              @ApiField("whether it may use the OK OCE name (VALIDATED)") boolean mayUseOkOceName,
                              @ApiField("province") Views.Region province,
                              @ApiField("kabupaten/kota of the province it works in; empty for the whole province")
                              List<Views.Region> regencies,
                              @ApiField("contact") PartnerRequests.Contact contact,
                              @ApiField(value = "status", allowedFrom = PartnerStatus.class) String status,
                              @ApiField(value = "why rejected or suspended", optional = true) String statusReason,
                              @ApiField("registration day") LocalDate registeredOn,
                              @ApiField("day of the last status change") LocalDate statusChangedOn,
                              @ApiField("every status it entered, with the day and the reason, oldest first; never rewritten")
                              List<Standing> standing,
                              @ApiField("version, also sent as the ETag") long version) {

    /**
     * One step of a partner's standing.
     *
     * @param status the status entered
     * @param on     the day
     * @param reason why, for a rejection or suspension
     */
    public record Standing(@ApiField(value = "status entered", allowedFrom = PartnerStatus.class) String status,
                           @ApiField("the day") LocalDate on,
                           @ApiField(value = "why, for a rejection or suspension", optional = true) String reason) {
    }

    /** The response for {@code partner}. */
    public static PartnerResponse of(Partner p) {
        return new PartnerResponse(p.id().value(), p.name(), p.brand().orElse(null), p.publicName(), p.mayUseOkOceName(),
                Views.Region.of(p.province()), p.area().regencies().stream().map(Views.Region::of).toList(),
                new PartnerRequests.Contact(p.contact().email().map(EmailAddress::value).orElse(null),
                        p.contact().phone().map(PhoneNumber::e164).orElse(null)),
                p.status().name(), p.statusReason().orElse(null), p.registeredOn(), p.statusChangedOn(),
                p.standing().stream().map(c -> new Standing(c.status().name(), c.on(), c.reason().orElse(null))).toList(),
                p.version());
    }
}
