package id.okoce.adapter.http.partner;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.domain.partner.CounterpartyKind;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the partner routes. */
public final class PartnerRequests {

    private PartnerRequests() {
    }

    /**
     * {@code POST /api/v1/partners}.
     *
     * @param name     the organisation's name
     * @param brand    the local brand it wants to use once validated
     * @param province the province it works in
     * @param regencies the kabupaten/kota of the province it works in; the whole province when absent or empty
     * @param contact  how to reach it (email, phone or both)
     * @param registeredOn the day it registered, when the hub records an earlier registration (today when absent)
     */
    public record Register(@ApiField(value = "organisation's name", example = "Komunitas Wirausaha Bandung") String name,
                           @ApiField(value = "local brand, used once validated", optional = true, example = "OK OCE Asyik") String brand,
                           @ApiField(value = "province code", example = "32") String province,
                           @ApiField(value = "kabupaten/kota codes of the province it works in; the whole province when "
                                   + "absent or empty", optional = true, example = "[\"32.73\"]") List<String> regencies,
                           @ApiField("email, phone or both") Contact contact,
                           @ApiField(value = "the day it registered, for an earlier registration; today when absent "
                                   + "(ignored in an application)", optional = true) LocalDate registeredOn) {
    }

    /**
     * {@code PATCH /api/v1/partners/{id}}: the fields given change, those left out stay.
     *
     * @param name    a new name (the hub only)
     * @param brand   a new brand; an empty string removes it
     * @param contact the contact, replaced whole
     * @param regencies the kabupaten/kota of its province it works in afterwards; empty for the whole province (the hub only)
     */
    public record Edit(@ApiField(value = "a new name (the hub only)", optional = true) String name,
                       @ApiField(value = "a new local brand; an empty string removes it", optional = true) String brand,
                       @ApiField(value = "the contact, replaced whole", optional = true) Contact contact,
                       @ApiField(value = "kabupaten/kota codes of its province it works in afterwards; an empty list for the "
                               + "whole province (the hub only)", optional = true, example = "[\"32.73\"]") List<String> regencies) {
    }

    /**
     * {@code POST /api/v1/partners/{id}/agreements/{agreementId}/end}.
     *
     * @param validUntil the new last day
     * @param reason     why it ends early
     */
    public record AgreementEnd(@ApiField(value = "the new last day", example = "2019-12-31") LocalDate validUntil,
                               @ApiField(value = "why it ends early", example = "anggaran dinas berakhir") String reason) {
    }

    /**
     * {@code POST /api/v1/partners/{id}/agreements/{agreementId}/amendment}.
     *
     * @param stages     the stages it enables afterwards
     * @param validFrom  its first day afterwards
     * @param validUntil its last day afterwards, if it ends
     * @param reason     why it is amended
     */
    public record AgreementAmendment(@ApiField("stage codes it enables afterwards") List<String> stages,
                                     @ApiField(value = "first day in force afterwards", example = "2018-10-01") LocalDate validFrom,
                                     @ApiField(value = "last day in force afterwards; open-ended when absent", optional = true)
                                     LocalDate validUntil,
                                     @ApiField(value = "why it is amended", example = "adendum 2019") String reason) {
    }

    /**
     * How to reach a partner.
     *
     * @param email an e-mail address
     * @param phone a mobile number
     */
    public record Contact(@ApiField(value = "e-mail address", optional = true, example = "halo@example.org") String email,
                          @ApiField(value = "mobile number", optional = true, example = "081234567890") String phone) {
    }

    /**
     * {@code POST /api/v1/partners/{id}/validation}.
     *
     * @param decision APPROVE or REJECT
     * @param reason   required to reject
     * @param on       the day it took effect (today when absent)
     */
    public record Validation(@ApiField(value = "the hub's decision", allowed = {"APPROVE", "REJECT"}) String decision,
                             @ApiField(value = "required to reject", optional = true) String reason,
                             @ApiField(value = "the day it took effect, not before the last change nor after today; today "
                                     + "when absent", optional = true) LocalDate on) {
    }

    /**
     * {@code POST /api/v1/partners/{id}/suspension}.
     *
     * @param reason why
     * @param on     the day it took effect (today when absent)
     */
    public record Suspension(@ApiField("why the partner is suspended") String reason,
                             @ApiField(value = "the day it took effect, not before the last change nor after today; today "
                                     + "when absent", optional = true) LocalDate on) {
    }

    /**
     * {@code POST /api/v1/partners/{id}/reinstatement}.
     *
     * @param on the day it took effect (today when absent)
     */
    public record Reinstatement(@ApiField(value = "the day it took effect, not before the last change nor after today; today "
            + "when absent", optional = true) LocalDate on) {
    }

    /**
     * {@code POST /api/v1/partners/{id}/agreements}.
     *
     * @param counterpartyKind GOVERNMENT, EDUCATION, PRIVATE or BANK
     * @param counterpartyName the counterparty
     * @param stages           the stages it enables
     * @param validFrom        first day in force
     * @param validUntil       last day in force, if it ends
     */
    public record Agreement(@ApiField(value = "counterparty kind", allowedFrom = CounterpartyKind.class)
                            String counterpartyKind,
                            @ApiField(value = "counterparty's name", example = "Dinas KUMKM Jawa Barat") String counterpartyName,
                            @ApiField(value = "stage codes it enables; government P2 P3 P4, education P2 P3, private P2 P5, bank P7")
                            List<String> stages,
                            @ApiField(value = "first day in force", example = "2018-10-01") LocalDate validFrom,
                            @ApiField(value = "last day in force; open-ended when absent", optional = true) LocalDate validUntil) {
    }
}
