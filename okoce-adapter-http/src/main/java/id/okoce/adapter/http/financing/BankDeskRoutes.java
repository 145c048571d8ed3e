package id.okoce.adapter.http.financing;

import id.okoce.adapter.http.api.Answers;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.financing.FindApplicantUseCase;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.identity.Nik;
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

    private BankDeskRoutes(FindApplicantUseCase findApplicant, ReadFinancingsUseCase readFinancings) {
        this.findApplicant = findApplicant;
        this.readFinancings = readFinancings;
    }

    /** The bank desk's routes. */
    public static List<ApiRoute> of(FindApplicantUseCase findApplicant, ReadFinancingsUseCase readFinancings) {
        BankDeskRoutes r = new BankDeskRoutes(findApplicant, readFinancings);
        return List.of(
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
