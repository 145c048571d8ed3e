package id.okoce.adapter.http.member;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.stage.Stage;
import id.okoce.adapter.http.api.ApiField;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/members/{id}/stages}.
 *
 * @param stage       the stage code
 * @param completedOn the day it was done
 * @param evidence    what proves it (required for P2, P4, P7)
 */
public record CompleteStageRequest(
        @ApiField(value = "stage code", allowedFrom = Stage.class) String stage,
        @ApiField(value = "the day it was done", example = "2018-09-20") LocalDate completedOn,
        @ApiField(value = "what proves it: P2 certificateNumber; P4 licenceType and licenceNumber; P7 financingReference; "
                + "otherwise an optional note", optional = true) Evidence evidence) {

    /**
     * Evidence of a stage; which fields apply depends on the stage.
     *
     * @param certificateNumber  P2: the training certificate
     * @param licenceType        P4: IUMK, SKU, SIUP, SP-PIRT or NIB
     * @param licenceNumber      P4: the licence number (13 digits for an NIB)
     * @param financingReference P7: the bank's reference
     * @param note               P3, P5, P6: a free note
     */
    public record Evidence(
            @ApiField(value = "P2: training certificate number", optional = true) String certificateNumber,
            @ApiField(value = "P4: licence type", optional = true, allowedFrom = LicenceType.class) String licenceType,
            @ApiField(value = "P4: licence number", optional = true) String licenceNumber,
            @ApiField(value = "P7: the bank's financing reference", optional = true) String financingReference,
            @ApiField(value = "P3, P5, P6: a free note", optional = true) String note) {
    }
}
