package id.okoce.adapter.http.member;

import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.adapter.http.api.Versions;
import id.okoce.application.port.in.access.ReplayRequestsUseCase;
import id.okoce.application.port.in.member.CompleteStageUseCase;
import id.okoce.application.port.in.member.ReadMembersUseCase;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberError;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.adapter.http.api.Answers;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.Revealed;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.member.MemberCursor;
import id.okoce.domain.member.NameQuery;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Routes under {@code /api/v1/members}: register, find, read, complete a stage, and see the full
 * NIK. Every answer that shows members leaves only once their read records are stored
 * ({@link Answers}).
 */
public final class MemberRoutes {

    static final String BASE = "/api/v1/members";
    private final RegisterMemberUseCase registerMember;
    private final ReadMembersUseCase readMembers;
    private final CompleteStageUseCase completeStage;
    private final ReplayRequestsUseCase replayRequests;

    private MemberRoutes(RegisterMemberUseCase registerMember, ReadMembersUseCase readMembers, CompleteStageUseCase completeStage,
                         ReplayRequestsUseCase replayRequests) {
        this.registerMember = registerMember;
        this.readMembers = readMembers;
        this.completeStage = completeStage;
        this.replayRequests = replayRequests;
    }

    /** The member routes. */
    public static List<ApiRoute> of(RegisterMemberUseCase registerMember, ReadMembersUseCase readMembers, CompleteStageUseCase completeStage,
                                    ReplayRequestsUseCase replayRequests) {
        MemberRoutes r = new MemberRoutes(registerMember, readMembers, completeStage, replayRequests);
        return List.of(
                ApiRoute.post(BASE, r::register).roles(Role.HUB_ADMIN, Role.PARTNER).doc("members", "Register a member (P1 done on the registration day)")
                        .params(Param.header("Idempotency-Key", "retry safely: the same key and body replay the first answer", false))
                        .body(RegisterMemberRequest.class).returns(201, MemberResponse.class).errors(409, 422),
                ApiRoute.get(BASE, r::search).roles(Role.HUB_ADMIN, Role.PARTNER).doc("members", "Find members, a page at a time: "
                                + "in member-number order, or by likeness of name (most alike first); filters combine")
                        .params(Param.query("nik", "the member holding this 16-digit NIK (exact)"),
                                Param.query("number", "the member with this number, e.g. OKOCE-31-0000001"),
                                Param.query("phone", "members with this mobile number, in any accepted form (08…, 628…, +628…)"),
                                Param.query("name", "members named like this, tolerant of typos and of old spellings (Soekarno/Sukarno)"),
                                Param.query("purpose", "why the members are looked up, recorded with each read (default member-search)"),
                                Param.query("province", "province code, e.g. 32"),
                                Param.query("kabupaten", "kabupaten/kota code, e.g. 32.73"),
                                Param.query("kecamatan", "kecamatan code, e.g. 32.73.01"),
                                Param.query("stage", "members who have done this stage").allowing(Stage.class),
                                Param.query("partner", "members registered by this partner (uuid)"),
                                Param.query("limit", "page size, 1–500 (default 50)", "integer", ""),
                                Param.query("cursor", "nextCursor of the previous page"))
                        .returns(200, MemberPageResponse.class),
                ApiRoute.get(BASE + "/{id}", r::get).roles(Role.HUB_ADMIN, Role.PARTNER).doc("members", "Read a member; the ETag is its version")
                        .params(Param.path("id", "member id"),
                                Param.query("purpose", "why the member is read, recorded with the read (default member-detail)"))
                        .returns(200, MemberResponse.class).errors(404, 410),
                ApiRoute.get(BASE + "/{id}/nik", r::revealNik).roles(Role.HUB_ADMIN)
                        .doc("members", "The member's full NIK, for the hub and a stated purpose; the reveal is recorded")
                        .params(Param.path("id", "member id"), Param.query("purpose", "why the full NIK is needed").mandatory())
                        .returns(200, RevealedNik.class).errors(404, 410),
                ApiRoute.post(BASE + "/{id}/stages", r::completeStage).roles(Role.HUB_ADMIN, Role.PARTNER).doc("members", "Complete the next 7PAS stage")
                        .params(Param.path("id", "member id"), Param.header("If-Match", "the ETag read", true))
                        .body(CompleteStageRequest.class).returns(200, MemberResponse.class).errors(404, 409, 410, 412, 422, 428));
    }

    private void register(Context ctx) {
        Actor actor = Auth.actor(ctx);
        byte[] raw = ctx.bodyAsBytes();
        RegisterMemberRequest body = Bodies.parse(raw, RegisterMemberRequest.class);
        RegisterMemberCommand command = command(actor, body);
        Replays.answer(ctx, replayRequests, actor, raw, () -> {
            Member member = registerMember.register(command);
            return new Replays.Answer(201, MemberResponse.of(member), BASE + "/" + member.id(), Versions.etag(member.version()));
        });
    }

    private static RegisterMemberCommand command(Actor actor, RegisterMemberRequest body) {
        Fields f = new Fields();
        Nik nik = f.get("/nik", () -> Nik.parse(body.nik(), body.registeredOn()));
        PhoneNumber phone = f.get("/phone", () -> PhoneNumber.parse(body.phone()));
        KecamatanCode kecamatan = f.get("/kecamatan", () -> KecamatanCode.of(body.kecamatan()));
        BusinessSector sector = f.get("/business/sector", () -> BusinessSector.parse(body.business().sector()));
        Optional<Nib> nib = f.get("/business/nib", () -> Optional.ofNullable(body.business().nib()).map(Nib::parse));
        Business business = f.get("/business/name", () -> sector == null || nib == null ? null
                : new Business(body.business().name(), sector, body.business().startedOn(), nib));
        f.check();
        return new RegisterMemberCommand(actor, nik, body.fullName(), phone, kecamatan, business, body.registeredOn(),
                Boolean.TRUE.equals(body.confirmDistinct()));
    }

    /**
     * The full NIK of a member.
     *
     * @param memberId the member
     * @param nik      its full NIK
     * @param purpose  the purpose recorded with the reveal
     */
    public record RevealedNik(@ApiField(value = "member id", format = "uuid") UUID memberId,
                              @ApiField(value = "the full NIK", example = "3171014507900001") String nik,
                              @ApiField("the purpose recorded") String purpose) {
    }

    /** The purpose a caller gives, or {@code fallback}: at most 200 characters. */
    static String purpose(Context ctx, String fallback) {
        return Params.query(ctx, "purpose", raw -> {
            if (raw.length() > ReadRecord.MAX_PURPOSE) {
                throw new InvalidRequestException(FieldError.parameter("purpose", "PURPOSE_INVALID",
                        "purpose has at most " + ReadRecord.MAX_PURPOSE + " characters"));
            }
            return raw;
        }).orElse(fallback);
    }

    private void search(Context ctx) {
        Actor actor = Auth.actor(ctx);
        int limit = Params.integer(ctx, "limit", 1, MemberCriteria.MAX_LIMIT, MemberError.QUERY_LIMIT_INVALID.name()).orElse(50);
        LocalDate today = LocalDate.now(OkoceCore.JAKARTA);
        Optional<PartnerId> partner = Params.query(ctx, "partner", raw -> {
            try {
                return PartnerId.parse(raw);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(FieldError.parameter("partner", "ID_MALFORMED", "partner must be a UUID"));
            }
        });
        Optional<NameQuery> name = Params.query(ctx, "name", NameQuery::new);
        Optional<MemberCursor> after = Params.query(ctx, "cursor", MemberRoutes::cursor);
        if (after.isPresent() && after.get().score().isPresent() != name.isPresent()) {
            throw new InvalidRequestException(FieldError.parameter("cursor", "CURSOR_INVALID",
                    "cursor must be the nextCursor of a previous page of the same search"));
        }
        MemberCriteria criteria = new MemberCriteria(Params.query(ctx, "province", ProvinceCode::of),
                Params.query(ctx, "kabupaten", RegencyCode::of), java.util.Set.of(), Params.query(ctx, "kecamatan", KecamatanCode::of),
                Params.query(ctx, "stage", Stage::parse), partner, Params.query(ctx, "nik", raw -> Nik.parse(raw, today)),
                Params.query(ctx, "number", MemberNumber::parse), Params.query(ctx, "phone", PhoneNumber::parse), name, after, limit);
        Answers.json(ctx, readMembers.find(actor, criteria, purpose(ctx, ReadMembersUseCase.SEARCH)),
                page -> new MemberPageResponse(page.members().stream().map(MemberResponse::of).toList(),
                        page.next().map(MemberRoutes::cursor).orElse(null)));
    }

    private static String cursor(MemberCursor after) {
        String text = after.score().isPresent() ? after.score().getAsInt() + "|" + after.number() : after.number().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MemberCursor cursor(String raw) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0) {
                return MemberCursor.after(MemberNumber.parse(text));
            }
            return new MemberCursor(OptionalInt.of(Integer.parseInt(text.substring(0, bar))), MemberNumber.parse(text.substring(bar + 1)));
        } catch (IllegalArgumentException | DomainException e) {
            throw new InvalidRequestException(FieldError.parameter("cursor", "CURSOR_INVALID",
                    "cursor must be the nextCursor of a previous page"));
        }
    }

    private void get(Context ctx) {
        Revealed<Member> member = readMembers.get(Auth.actor(ctx), new MemberId(Params.uuid(ctx, "id")),
                purpose(ctx, ReadMembersUseCase.DETAIL));
        ctx.header("ETag", Versions.etag(member.value().version()));
        Answers.json(ctx, member, MemberResponse::of);
    }

    private void revealNik(Context ctx) {
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        String purpose = purpose(ctx, "");
        Answers.json(ctx, readMembers.revealNik(Auth.actor(ctx), id, purpose),
                nik -> new RevealedNik(id.value(), nik.value(), purpose.strip()));
    }

    private void completeStage(Context ctx) {
        Actor actor = Auth.actor(ctx);
        MemberId id = new MemberId(Params.uuid(ctx, "id"));
        var expected = Versions.requireIfMatch(ctx);
        CompleteStageRequest body = Bodies.read(ctx, CompleteStageRequest.class);
        Fields f = new Fields();
        Stage stage = f.get("/stage", () -> Stage.parse(body.stage()));
        StageEvidence evidence = stage == null ? null : evidence(f, stage, body.evidence());
        f.check();
        Member member = completeStage.complete(new CompleteStageCommand(actor, id,
                new StageCompletion(stage, body.completedOn(), evidence), expected));
        ctx.header("ETag", Versions.etag(member.version())).json(MemberResponse.of(member));
    }

    /** The evidence the stage needs, read from the request's evidence object. */
    static StageEvidence evidence(Fields f, Stage stage, CompleteStageRequest.Evidence raw) {
        CompleteStageRequest.Evidence e = raw == null ? new CompleteStageRequest.Evidence(null, null, null, null, null) : raw;
        return switch (stage.evidenceNeed()) {
            case TRAINING_CERTIFICATE -> f.get("/evidence/certificateNumber", () -> new StageEvidence.TrainingCertificate(e.certificateNumber()));
            case BUSINESS_LICENCE -> {
                if (e.licenceType() == null) {
                    f.reject(FieldError.body("/evidence/licenceType", "STAGE_EVIDENCE_MISSING", "P4 needs evidence.licenceType"));
                    yield null;
                }
                LicenceType type = f.get("/evidence/licenceType", () -> LicenceType.parse(e.licenceType()));
                yield type == null ? null
                        : f.get("/evidence/licenceNumber", () -> new StageEvidence.BusinessLicence(type, e.licenceNumber()));
            }
            case FINANCING_REFERENCE -> f.get("/evidence/financingReference", () -> new StageEvidence.FinancingReference(e.financingReference()));
            case NONE -> f.get("/evidence/note", () -> e.note() == null ? new StageEvidence.None() : new StageEvidence.Note(e.note()));
        };
    }
}
