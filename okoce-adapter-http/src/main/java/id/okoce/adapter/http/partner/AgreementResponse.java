package id.okoce.adapter.http.partner;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.Views;
import id.okoce.domain.partner.CooperationAgreement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperation agreement.
 *
 * @param id               its id
 * @param partnerId        the partner that signed it
 * @param province         the province it serves
 * @param counterpartyKind the counterparty's kind
 * @param counterpartyName the counterparty
 * @param stages           the stages it enables
 * @param validFrom        first day in force
 * @param validUntil       last day in force, if it ends
 */
public record AgreementResponse(@ApiField(value = "agreement id", format = "uuid") UUID id,
                                @ApiField(value = "partner id", format = "uuid") UUID partnerId,
                                @ApiField("province") Views.Region province,
                                @ApiField("counterparty kind") String counterpartyKind,
                                @ApiField("counterparty") String counterpartyName,
                                @ApiField("stages it enables") List<Views.StageName> stages,
                                @ApiField("first day in force") LocalDate validFrom,
                                @ApiField(value = "last day in force", optional = true) LocalDate validUntil) {

    /** The response for {@code a}. */
    public static AgreementResponse of(CooperationAgreement a) {
        return new AgreementResponse(a.id().value(), a.partnerId().value(), Views.Region.of(a.province()),
                a.counterpartyKind().name(), a.counterpartyName(), a.stages().stream().map(Views.StageName::of).toList(),
                a.validFrom(), a.validUntil().orElse(null));
    }
}
