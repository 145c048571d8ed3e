package id.okoce.adapter.http.member;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.Views;
import id.okoce.adapter.http.financing.FinancingJson;
import id.okoce.application.port.in.member.ExportMemberDataUseCase.MemberExport;
import id.okoce.application.port.in.member.MemberRecordsUseCase.ProcessingRecord;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.partner.PartnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON of what the network did with a member's data: history, record of processing, export, erasure. */
public final class AccountJson {

    private AccountJson() {
    }

    /**
     * Who acted or read.
     *
     * @param role      the role
     * @param tokenId   the API token used, if any
     * @param partnerId the partner acted for, if a partner
     * @param label     a short name (the hub administrator's token, the bank)
     */
    public record WhoView(@ApiField(value = "role", allowedFrom = Role.class) String role,
                          @ApiField(value = "API token used", optional = true, format = "uuid") UUID tokenId,
                          @ApiField(value = "partner acted for", optional = true, format = "uuid") UUID partnerId,
                          @ApiField("short name") String label) {

        static WhoView of(Who who) {
            return new WhoView(who.role().name(), who.token().map(TokenId::value).orElse(null),
                    who.partner().map(PartnerId::value).orElse(null), who.label());
        }
    }

    /**
     * One field changed.
     *
     * @param field  the field, in the API's words
     * @param before its value before, masked where personal (null: none, or erased)
     * @param after  its value after, masked where personal (null: none, or erased)
     */
    public record FieldView(@ApiField(value = "field", example = "fullName") String field,
                            @ApiField(value = "value before, masked where personal", optional = true) String before,
                            @ApiField(value = "value after, masked where personal", optional = true) String after) {

        static FieldView of(FieldChange change) {
            return new FieldView(change.field(), change.before().orElse(null), change.after().orElse(null));
        }
    }

    /**
     * One change.
     *
     * @param at        when
     * @param action    what was done
     * @param objectId  the object changed
     * @param by        who
     * @param requestId the request it came with
     * @param channel   the route or command
     * @param fields    the fields changed
     * @param reason    the reason given
     */
    public record ChangeView(@ApiField("when") Instant at,
                             @ApiField(value = "what was done", allowed = {"member.registered", "member.imported", "member.corrected",
                                 "member.transferred", "member.erased", "member.merged", "stage.completed", "stage.withdrawn", "financing.recorded",
                                 "financing.refused", "import.completed"})
                             String action,
                             @ApiField("the object changed (the member, or the import job that wrote it)") String objectId,
                             @ApiField("who") WhoView by,
                             @ApiField(value = "request id", optional = true) String requestId,
                             @ApiField(value = "route or command", example = "PATCH /api/v1/members/{id}") String channel,
                             @ApiField("fields changed, with values before and after") List<FieldView> fields,
                             @ApiField(value = "reason given", optional = true) String reason) {

        static ChangeView of(AuditEntry e) {
            return new ChangeView(e.at(), e.action().code(), e.objectId(), WhoView.of(e.who()), e.origin().requestId().orElse(null),
                    e.origin().channel(), e.changes().stream().map(FieldView::of).toList(), e.reason().orElse(null));
        }
    }

    /**
     * One read of the member's data.
     *
     * @param at        when
     * @param by        by whom
     * @param requestId the request
     * @param channel   the route
     * @param purpose   why
     */
    public record ReadView(@ApiField("when") Instant at, @ApiField("by whom") WhoView by,
                           @ApiField(value = "request id", optional = true) String requestId,
                           @ApiField(value = "route", example = "GET /api/v1/members/{id}") String channel,
                           @ApiField(value = "purpose", example = "member-detail") String purpose) {

        static ReadView of(ReadRecord r) {
            return new ReadView(r.at(), WhoView.of(r.who()), r.origin().requestId().orElse(null), r.origin().channel(), r.purpose());
        }
    }

    /**
     * A member's history.
     *
     * @param memberId the member
     * @param changes  every change, oldest first
     */
    public record History(@ApiField(value = "member id", format = "uuid") UUID memberId,
                          @ApiField("every change, oldest first, personal values masked") List<ChangeView> changes) {

        static History of(UUID id, List<AuditEntry> entries) {
            return new History(id, entries.stream().map(ChangeView::of).toList());
        }
    }

    /**
     * A member's record of processing.
     *
     * @param memberId the member
     * @param erased   whether its identity and contact data were erased
     * @param changes  every change
     * @param reads    every read
     */
    public record Processing(@ApiField(value = "member id", format = "uuid") UUID memberId,
                             @ApiField("whether the member's identity and contact data were erased") boolean erased,
                             @ApiField("every change, oldest first, personal values masked") List<ChangeView> changes,
                             @ApiField("every read of the member's data, oldest first") List<ReadView> reads) {

        static Processing of(ProcessingRecord r) {
            return new Processing(r.member().value(), r.erased(), r.changes().stream().map(ChangeView::of).toList(),
                    r.reads().stream().map(ReadView::of).toList());
        }
    }

    /**
     * Everything held about a member.
     *
     * @param exportedAt when the export was made
     * @param nik        the full NIK
     * @param sex        the sex the NIK encodes
     * @param birthDate  the birth date the NIK encodes
     * @param member     the member's record (its NIK field masked, as everywhere)
     * @param financings its financing, with the bank's references
     * @param refusals   the banks' refusals of its applications
     * @param changes    every change, with its values in full
     * @param reads      every read of its data, this export's included
     */
    public record Export(@ApiField("when the export was made") Instant exportedAt,
                         @ApiField(value = "the full NIK", example = "3171014507900001") String nik,
                         @ApiField(value = "sex, from the NIK", allowed = {"MALE", "FEMALE"}) String sex,
                         @ApiField("birth date, from the NIK") LocalDate birthDate,
                         @ApiField("the member's record") MemberResponse member,
                         @ApiField("financing, with the bank's references") List<FinancingJson.Recorded> financings,
                         @ApiField("the banks' refusals of its applications") List<FinancingJson.Refused> refusals,
                         @ApiField("every change, values in full, oldest first") List<ChangeView> changes,
                         @ApiField("every read of the member's data, oldest first") List<ReadView> reads) {

        static Export of(MemberExport e, Instant at) {
            return new Export(at, e.member().nik().value(), e.member().nik().sex().name(), e.member().nik().birthDate(),
                    MemberResponse.of(e.member()), e.financings().stream().map(FinancingJson.Recorded::of).toList(),
                    e.refusals().stream().map(FinancingJson.Refused::of).toList(),
                    e.changes().stream().map(ChangeView::of).toList(), e.reads().stream().map(ReadView::of).toList());
        }
    }

    /**
     * What is left of an erased member.
     *
     * @param id           its id, which answers 410 from now on
     * @param memberNumber its number, never given again
     * @param province     province of domicile
     * @param kabupaten    kabupaten/kota of domicile
     * @param kecamatan    kecamatan of domicile
     * @param sex          sex (from the NIK, kept for the reports)
     * @param birthYear    birth year (from the NIK, kept for the reports)
     * @param registeredOn registration day
     * @param stages       the stages done, with their days
     * @param erasedOn     the day of the erasure
     */
    public record Erased(@ApiField(value = "member id", format = "uuid") UUID id,
                         @ApiField(value = "member number", example = "OKOCE-31-0000001") String memberNumber,
                         @ApiField("province of domicile") Views.Region province,
                         @ApiField("kabupaten/kota of domicile") Views.Region kabupaten,
                         @ApiField("kecamatan of domicile") Views.Region kecamatan,
                         @ApiField(value = "sex", allowed = {"MALE", "FEMALE"}) String sex,
                         @ApiField("birth year") int birthYear,
                         @ApiField("registration day") LocalDate registeredOn,
                         @ApiField("stages done, with their days") List<StageDay> stages,
                         @ApiField("day of the erasure") LocalDate erasedOn) {

        /**
         * A stage and its day.
         *
         * @param code        P1…P7
         * @param completedOn when
         */
        public record StageDay(@ApiField("stage code") String code, @ApiField("when it was done") LocalDate completedOn) {
        }

        static Erased of(ErasedMember e) {
            return new Erased(e.id().value(), e.number().toString(), Views.Region.of(e.province()), Views.Region.of(e.domicile().regency()),
                    Views.Region.of(e.domicile()), e.sex().name(), e.birthYear(), e.registeredOn(),
                    e.stagesDone().entrySet().stream().map(s -> new StageDay(s.getKey().code(), s.getValue())).toList(), e.erasedOn());
        }
    }
}
