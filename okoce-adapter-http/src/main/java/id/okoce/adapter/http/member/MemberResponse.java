package id.okoce.adapter.http.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.Views;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.member.Member;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A member as the API shows it; the NIK is always masked.
 *
 * @param id           the member's id
 * @param memberNumber the readable member number
 * @param nik          the NIK, masked (first 2 and last 4 digits)
 * @param fullName     the full name
 * @param phone        the mobile number, E.164
 * @param province     the province of domicile
 * @param kabupaten    the kabupaten/kota of domicile
 * @param kecamatan    the kecamatan of domicile
 * @param business     the business
 * @param registeredOn the registration day
 * @param registeredBy the partner that registered the member, if not the hub
 * @param highestStage the highest stage done
 * @param stages       all seven stages, done or not
 * @param version      the version (also the ETag)
 */
public record MemberResponse(
        @ApiField(value = "member id", format = "uuid") UUID id,
        @ApiField(value = "readable member number", example = "OKOCE-31-0000001") String memberNumber,
        @ApiField(value = "NIK, masked", example = "31**********0001") String nik,
        @ApiField("full name") String fullName,
        @ApiField(value = "mobile number, E.164", example = "+6281234567890") String phone,
        @ApiField("province of domicile") Views.Region province,
        @ApiField("kabupaten/kota of domicile") Views.Region kabupaten,
        @ApiField("kecamatan of domicile") Views.Region kecamatan,
        @ApiField("business") Business business,
        @ApiField("registration day") LocalDate registeredOn,
        @ApiField(value = "partner that registered the member; null for the hub", optional = true, format = "uuid") UUID registeredBy,
        @ApiField("highest stage done") Views.StageName highestStage,
        @ApiField("all seven stages, in order") List<StageStatus> stages,
        @ApiField("version, also sent as the ETag") long version) {

    /**
     * The business.
     *
     * @param name      its name
     * @param sector    its sector
     * @param startedOn when it started
     * @param nib       its NIB, if any
     */
    public record Business(@ApiField("name") String name, @ApiField("sector") String sector,
                           @ApiField("start date") LocalDate startedOn,
                           @ApiField(value = "NIB", optional = true) String nib) {
    }

    /**
     * One stage of the member's record.
     *
     * @param code           P1…P7
     * @param indonesianName its Indonesian name
     * @param englishName    its English name
     * @param done           whether it is done
     * @param completedOn    when, if done
     * @param evidence       what proves it, if done
     */
    public record StageStatus(@ApiField("stage code") String code, @ApiField("Indonesian name") String indonesianName,
                              @ApiField("English name") String englishName, @ApiField("whether it is done") boolean done,
                              @ApiField(value = "when it was done", optional = true) LocalDate completedOn,
                              @ApiField(value = "what proves it", optional = true) Evidence evidence) {
    }

    /**
     * Evidence of a stage; only the fields of its kind are present.
     *
     * @param kind               NONE, NOTE, TRAINING_CERTIFICATE, BUSINESS_LICENCE or FINANCING_REFERENCE
     * @param certificateNumber  the training certificate
     * @param licenceType        the licence type
     * @param licenceNumber      the licence number
     * @param financingReference the bank's reference
     * @param note               a note
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(@ApiField(value = "kind", allowedFrom = StageEvidence.Kind.class) String kind,
                           @ApiField(value = "training certificate", optional = true) String certificateNumber,
                           @ApiField(value = "licence type", optional = true) String licenceType,
                           @ApiField(value = "licence number", optional = true) String licenceNumber,
                           @ApiField(value = "bank reference", optional = true) String financingReference,
                           @ApiField(value = "note", optional = true) String note) {

        static Evidence of(StageEvidence evidence) {
            String content = evidence.content().orElse(null);
            StageEvidence.Kind kind = evidence.kind();
            return new Evidence(kind.name(), kind == StageEvidence.Kind.TRAINING_CERTIFICATE ? content : null,
                    evidence.licenceType().map(LicenceType::label).orElse(null),
                    kind == StageEvidence.Kind.BUSINESS_LICENCE ? content : null,
                    kind == StageEvidence.Kind.FINANCING_REFERENCE ? content : null, kind == StageEvidence.Kind.NOTE ? content : null);
        }
    }

    /** The response for {@code member}. */
    public static MemberResponse of(Member member) {
        List<StageStatus> stages = new ArrayList<>(7);
        for (Stage stage : Stage.values()) {
            StageCompletion done = member.stages().completion(stage).orElse(null);
            stages.add(new StageStatus(stage.code(), stage.indonesianName(), stage.englishName(), done != null,
                    done == null ? null : done.completedOn(), done == null ? null : Evidence.of(done.evidence())));
        }
        return new MemberResponse(member.id().value(), member.number().toString(), member.nik().masked(), member.fullName(),
                member.phone().e164(), Views.Region.of(member.province()), Views.Region.of(member.domicile().regency()),
                Views.Region.of(member.domicile()),
                new Business(member.business().name(), member.business().sector().name(), member.business().startedOn(),
                        member.business().nib().map(Nib::value).orElse(null)),
                member.registeredOn(), member.registeredBy().map(PartnerId::value).orElse(null),
                Views.StageName.of(member.stages().highest()), stages, member.version());
    }
}
