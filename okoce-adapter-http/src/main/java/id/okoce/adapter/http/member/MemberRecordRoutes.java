package id.okoce.adapter.http.member;

import id.okoce.adapter.http.api.Answers;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Versions;
import id.okoce.application.port.in.member.EraseMemberCommand;
import id.okoce.application.port.in.member.EraseMemberUseCase;
import id.okoce.application.port.in.member.ExportMemberDataUseCase;
import id.okoce.application.port.in.member.MemberRecordsUseCase;
import id.okoce.domain.access.Role;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.ErasureGround;
import id.okoce.domain.member.MemberId;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the network did with a member's data and the duties of UU PDP: the history, the record of
 * processing, the export of everything held (the right of access) and the erasure.
 */
public final class MemberRecordRoutes {

    private final MemberRecordsUseCase records;
    private final ExportMemberDataUseCase export;
    private final EraseMemberUseCase erase;

    private MemberRecordRoutes(MemberRecordsUseCase records, ExportMemberDataUseCase export, EraseMemberUseCase erase) {
        this.records = records;
        this.export = export;
        this.erase = erase;
    }

    /**
     * An erasure asked for.
     *
     * @param ground the legal ground
     * @param note   what the request said (a reference to the person's letter), without personal data
     */
    public record EraseMemberRequest(@ApiField(value = "legal ground", allowedFrom = ErasureGround.class) String ground,
                                     @ApiField(value = "reference of the request, without personal data", optional = true,
                                             example = "letter 12/PDP/2026") String note) {
    }

    /** The routes. */
    public static List<ApiRoute> of(MemberRecordsUseCase records, ExportMemberDataUseCase export, EraseMemberUseCase erase) {
        MemberRecordRoutes r = new MemberRecordRoutes(records, export, erase);
        String member = MemberRoutes.BASE + "/{id}";
        return List.of(
                ApiRoute.get(member + "/history", r::history).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("members", "Every change to the member, oldest first: when, who, which fields, values masked where personal")
                        .params(Param.path("id", "member id")).returns(200, AccountJson.History.class).errors(404, 410),
                ApiRoute.get(member + "/processing-record", r::processingRecord).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("members", "The record of processing: every change and every read of the member's data (also after an "
                                + "erasure)")
                        .params(Param.path("id", "member id")).returns(200, AccountJson.Processing.class).errors(404),
                ApiRoute.get(member + "/export", r::export).roles(Role.HUB_ADMIN)
                        .doc("members", "Everything held about the person, for their request of access (UU PDP): identity with the full "
                                + "NIK, business, stages and evidence, financing, every correction, the record of processing")
                        .params(Param.path("id", "member id"),
                                Param.query("purpose", "the request being answered, recorded with the read (default access-request)"))
                        .returns(200, AccountJson.Export.class).errors(404, 410),
                ApiRoute.post(member + "/erasure", r::erase).roles(Role.HUB_ADMIN)
                        .doc("members", "Erase the person's identity and contact data for good, on a legal ground (UU PDP); what remains "
                                + "is anonymous and keeps the reports true; the member answers 410 from then on")
                        .params(Param.path("id", "member id"), Param.header("If-Match", "the ETag read", true))
                        .body(EraseMemberRequest.class).returns(200, AccountJson.Erased.class).errors(404, 410, 412, 428));
    }

    private void history(Context ctx) {
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        Answers.json(ctx, records.history(Auth.actor(ctx), id), entries -> AccountJson.History.of(id.value(), entries));
    }

    private void processingRecord(Context ctx) {
        Answers.json(ctx, records.processingRecord(Auth.actor(ctx), new MemberId(Params.uuid(ctx, "id"))),
                AccountJson.Processing::of);
    }

    private void export(Context ctx) {
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        Instant at = Instant.now();
        Answers.json(ctx, export.export(Auth.actor(ctx), id, MemberRoutes.purpose(ctx, ExportMemberDataUseCase.ACCESS_REQUEST)),
                e -> AccountJson.Export.of(e, at));
    }

    private void erase(Context ctx) {
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        var expected = Versions.requireIfMatch(ctx);
        EraseMemberRequest body = Bodies.read(ctx, EraseMemberRequest.class);
        Fields f = new Fields();
        ErasureGround ground = f.get("/ground", () -> ErasureGround.parse(body.ground()));
        f.check();
        ErasedMember remains = erase.erase(new EraseMemberCommand(Auth.actor(ctx), id, ground, Optional.ofNullable(body.note()),
                expected));
        ctx.json(AccountJson.Erased.of(remains));
    }
}
