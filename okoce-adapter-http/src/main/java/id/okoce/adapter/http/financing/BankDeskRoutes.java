package id.okoce.adapter.http.financing;

import id.okoce.adapter.http.api.Answers;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.financing.FindApplicantUseCase;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.application.port.in.financing.RefuseFinancingCommand;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.financing.FinancingRefusal;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bank's desk: finding an applicant, and the bank's own loans. */
public final class BankDeskRoutes {

    private final FindApplicantUseCase findApplicant;
    private final ReadFinancingsUseCase readFinancings;
    private final RecordFinancingUseCase recordFinancing;

    private BankDeskRoutes(FindApplicantUseCase findApplicant, ReadFinancingsUseCase readFinancings,
                           RecordFinancingUseCase recordFinancing) {
        this.findApplicant = findApplicant;
        this.readFinancings = readFinancings;
        this.recordFinancing = recordFinancing;
    }

    /** The bank desk's routes. */
    public static List<ApiRoute> of(FindApplicantUseCase findApplicant, ReadFinancingsUseCase readFinancings,
                                    RecordFinancingUseCase recordFinancing) {
        BankDeskRoutes r = new BankDeskRoutes(findApplicant, readFinancings, recordFinancing);
        String refusals = "/api/v1/members/{id}/financing-refusals";
        return List.of(
                ApiRoute.post(refusals, r::refuse).roles(Role.HUB_ADMIN, Role.BANK)
                        .doc("financing", "Record a bank's refusal (the hub, or the product's bank): product, amount asked, "
                                + "reason code, day; no stage changes")
                        .params(Param.path("id", "member id")).body(FinancingJson.Refusal.class)
                        .returns(201, FinancingJson.Refused.class).errors(404),
                ApiRoute.get(refusals, r::refusals).roles(Role.HUB_ADMIN, Role.PARTNER, Role.BANK)
                        .doc("financing", "A member's recorded refusals (a bank sees those of its own products)")
                        .params(Param.path("id", "member id")).returnsList(200, FinancingJson.Refused.class).errors(404),
                ApiRoute.get("/api/v1/financing-applicants", r::applicant).roles(Role.HUB_ADMIN, Role.BANK)
                        .doc("financing", "A bank's loan desk finds an applicant by member number or NIK (exactly one), among "
                                + "the members of the provinces its products cover: masked NIK, stages with their days, "
                                + "licences, and its own running loans — nothing else")
                        .params(Param.query("number", "member number, e.g. OKOCE-31-0000001"),
                                Param.query("nik", "the applicant's 16-digit NIK"))
                        .returns(200, FinancingJson.Applicant.class).errors(404),
                ApiRoute.get("/api/v1/financings", r::loans).roles(Role.HUB_ADMIN, Role.BANK)
                        .doc("financing", "Financing recorded under the caller's products (a bank: its own; the hub: all), "
                                + "in id order, a page at a time")
                        .params(Param.query("limit", "page size, 1–500 (default 50)", "integer", ""),
                                Param.query("cursor", "nextCursor of the previous page"))
                        .returns(200, FinancingJson.LoanPage.class));
    }

    private void refuse(Context ctx) {
        Actor actor = Auth.actor(ctx);
        MemberId member = new MemberId(Params.uuid(ctx, "id"));
        FinancingJson.Refusal body = Bodies.read(ctx, FinancingJson.Refusal.class);
        Fields f = new Fields();
        ProductId product = f.get("/product", () -> ProductId.of(body.product()));
        Rupiah amount = f.get("/amount", () -> Rupiah.of(body.amount()));
        FinancingRefusal.Reason reason = f.get("/reason", () -> FinancingRefusal.Reason.parse(body.reason()));
        f.check();
        FinancingRefusal refusal = recordFinancing.refuse(new RefuseFinancingCommand(actor, member, product, amount, reason,
                Optional.ofNullable(body.note()), Optional.ofNullable(body.decidedOn())));
        Replays.send(ctx, new Replays.Answer(201, FinancingJson.Refused.of(refusal),
                "/api/v1/members/" + member + "/financing-refusals", null));
    }

    private void refusals(Context ctx) {
        Answers.json(ctx, readFinancings.refusalsOf(Auth.actor(ctx), new MemberId(Params.uuid(ctx, "id"))),
                list -> list.stream().map(FinancingJson.Refused::of).toList());
    }

    private void applicant(Context ctx) {
        Actor actor = Auth.actor(ctx);
        Optional<MemberNumber> number = Params.query(ctx, "number", MemberNumber::parse);
        Optional<Nik> nik = Params.query(ctx, "nik", raw -> Nik.parse(raw, LocalDate.now(OkoceCore.JAKARTA)));
        if (number.isPresent() == nik.isPresent()) {
            throw new InvalidRequestException(FieldError.parameter(number.isPresent() ? "nik" : "number", "PARAMETER_REQUIRED",
                    "give exactly one of number and nik"));
        }
        Answers.json(ctx, findApplicant.find(actor, number, nik), FinancingJson.Applicant::of);
    }

    private void loans(Context ctx) {
        Actor actor = Auth.actor(ctx);
        int limit = Params.integer(ctx, "limit", 1, 500, "QUERY_LIMIT_INVALID").orElse(50);
        Optional<FinancingId> after = Params.query(ctx, "cursor", raw -> {
            try {
                return new FinancingId(UUID.fromString(raw));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(FieldError.parameter("cursor", "CURSOR_INVALID",
                        "cursor must be the nextCursor of a previous page"));
            }
        });
        Answers.json(ctx, readFinancings.ofProducts(actor, after, limit), page -> new FinancingJson.LoanPage(
                page.stream().map(FinancingJson.Recorded::of).toList(),
                page.size() == limit ? page.get(page.size() - 1).id().value().toString() : null));
    }
}
