package id.okoce.adapter.http.member;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Versions;
import id.okoce.application.port.in.member.CorrectMemberCommand;
import id.okoce.application.port.in.member.CorrectMemberUseCase;
import id.okoce.application.port.in.member.WithdrawStageCommand;
import id.okoce.application.port.in.member.WithdrawStageUseCase;
import id.okoce.domain.access.Role;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.stage.Stage;
import io.javalin.http.Context;
import java.util.List;
import java.util.OptionalLong;

/** Correcting members, moving them to another province, and withdrawing a stage entered by mistake. */
public final class MemberCorrectionRoutes {

    /** The media type of a JSON merge patch. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final CorrectMemberUseCase correctMember;
    private final WithdrawStageUseCase withdrawStage;

    private MemberCorrectionRoutes(CorrectMemberUseCase correctMember, WithdrawStageUseCase withdrawStage) {
        this.correctMember = correctMember;
        this.withdrawStage = withdrawStage;
    }

    /**
     * Why a stage is withdrawn.
     *
     * @param reason e.g. entered for the wrong member
     */
    public record WithdrawStageRequest(@ApiField(value = "why it is withdrawn", example = "entered for the wrong member") String reason) {
    }

    /** The routes. */
    public static List<ApiRoute> of(CorrectMemberUseCase correctMember, WithdrawStageUseCase withdrawStage) {
        MemberCorrectionRoutes r = new MemberCorrectionRoutes(correctMember, withdrawStage);
        return List.of(
                ApiRoute.patch(MemberRoutes.BASE + "/{id}", r::correct).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("members", "Correct a member (JSON merge patch: name, phone, business, kecamatan); a kecamatan in another "
                                + "province transfers the member there, with its number and its counted stages. The NIK is never "
                                + "corrected. Kept in the member's history")
                        .params(Param.path("id", "member id"), Param.header("If-Match", "the ETag read", true))
                        .body(MemberPatch.class, MERGE_PATCH).returns(200, MemberResponse.class).errors(404, 410, 412, 422, 428),
                ApiRoute.post(MemberRoutes.BASE + "/{id}/stages/{stage}/withdrawal", r::withdraw).roles(Role.HUB_ADMIN)
                        .doc("members", "Withdraw the member's most recent stage, entered by mistake, with a reason (the hub)")
                        .params(Param.path("id", "member id"), Param.path("stage", "the most recent stage, P2–P7").allowing(Stage.class),
                                Param.header("If-Match", "the ETag read", true))
                        .body(WithdrawStageRequest.class).returns(200, MemberResponse.class).errors(404, 409, 410, 412, 422, 428));
    }

    private void correct(Context ctx) {
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        OptionalLong expected = Versions.requireIfMatch(ctx);
        Member member = correctMember.correct(new CorrectMemberCommand(Auth.actor(ctx), id, MemberPatch.parse(ctx.bodyAsBytes()),
                expected));
        ctx.header("ETag", Versions.etag(member.version())).json(MemberResponse.of(member));
    }

    private void withdraw(Context ctx) {
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        Stage stage = Params.path(ctx, "stage", Stage::parse);
        OptionalLong expected = Versions.requireIfMatch(ctx);
        WithdrawStageRequest body = Bodies.read(ctx, WithdrawStageRequest.class);
        Member member = withdrawStage.withdraw(new WithdrawStageCommand(Auth.actor(ctx), id, stage, body.reason(), expected));
        ctx.header("ETag", Versions.etag(member.version())).json(MemberResponse.of(member));
    }
}
