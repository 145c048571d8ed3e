package id.okoce.adapter.http.partner;

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
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.application.port.in.partner.ChangePartnerStandingUseCase;
import id.okoce.application.port.in.partner.ReadPartnersUseCase;
import id.okoce.application.port.in.partner.RecordAgreementCommand;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.application.port.in.partner.ValidatePartnerCommand;
import id.okoce.application.port.in.partner.ValidatePartnerUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Routes under {@code /api/v1/partners}. */
public final class PartnerRoutes {

    static final String BASE = "/api/v1/partners";
    private final RegisterPartnerUseCase registerPartner;
    private final ValidatePartnerUseCase validatePartner;
    private final ChangePartnerStandingUseCase changePartnerStanding;
    private final RecordAgreementUseCase recordAgreement;
    private final ReadPartnersUseCase readPartners;

    private PartnerRoutes(RegisterPartnerUseCase registerPartner, ValidatePartnerUseCase validatePartner, ChangePartnerStandingUseCase changePartnerStanding, RecordAgreementUseCase recordAgreement, ReadPartnersUseCase readPartners) {
        this.registerPartner = registerPartner;
        this.validatePartner = validatePartner;
        this.changePartnerStanding = changePartnerStanding;
        this.recordAgreement = recordAgreement;
        this.readPartners = readPartners;
    }

    /** The partner routes. */
    public static List<ApiRoute> of(RegisterPartnerUseCase registerPartner, ValidatePartnerUseCase validatePartner, ChangePartnerStandingUseCase changePartnerStanding, RecordAgreementUseCase recordAgreement, ReadPartnersUseCase readPartners) {
        PartnerRoutes r = new PartnerRoutes(registerPartner, validatePartner, changePartnerStanding, recordAgreement, readPartners);
        Param id = Param.path("id", "partner id");
        Param ifMatch = Param.header("If-Match", "the ETag read", true);
        return List.of(
                ApiRoute.post(BASE, r::register).roles(Role.HUB_ADMIN).doc("partners", "Register a regional partner (mitra); it waits for validation")
                        .body(PartnerRequests.Register.class).returns(201, PartnerResponse.class),
                ApiRoute.get(BASE, r::find).roles(Role.HUB_ADMIN, Role.PARTNER).doc("partners", "List partners, by registration date")
                        .params(Param.query("province", "province code"),
                                Param.query("status", "status").allowing(PartnerStatus.class))
                        .returnsList(200, PartnerResponse.class),
                ApiRoute.get(BASE + "/{id}", r::get).roles(Role.HUB_ADMIN, Role.PARTNER).doc("partners", "Read a partner; the ETag is its version")
                        .params(id).returns(200, PartnerResponse.class).errors(404),
                ApiRoute.post(BASE + "/{id}/validation", r::validate).roles(Role.HUB_ADMIN).doc("partners", "The hub approves or rejects a registered partner")
                        .params(id, ifMatch).body(PartnerRequests.Validation.class).returns(200, PartnerResponse.class)
                        .errors(404, 409, 412, 422, 428),
                ApiRoute.post(BASE + "/{id}/suspension", r::suspend).roles(Role.HUB_ADMIN).doc("partners", "The hub suspends a validated partner; its tokens stop working")
                        .params(id, ifMatch).body(PartnerRequests.Suspension.class).returns(200, PartnerResponse.class)
                        .errors(404, 409, 412, 428),
                ApiRoute.post(BASE + "/{id}/reinstatement", r::reinstate).roles(Role.HUB_ADMIN).doc("partners", "The hub reinstates a suspended partner")
                        .params(id, ifMatch).body(PartnerRequests.Reinstatement.class).returns(200, PartnerResponse.class)
                        .errors(404, 409, 412, 428),
                ApiRoute.post(BASE + "/{id}/agreements", r::recordAgreement).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("partners", "Record a cooperation agreement of a validated partner")
                        .params(id).body(PartnerRequests.Agreement.class).returns(201, AgreementResponse.class).errors(404, 422),
                ApiRoute.get(BASE + "/{id}/agreements", r::agreements).roles(Role.HUB_ADMIN, Role.PARTNER).doc("partners", "List a partner's agreements")
                        .params(id).returnsList(200, AgreementResponse.class).errors(404),
                ApiRoute.get(BASE + "/{id}/agreements/{agreementId}", r::agreement).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("partners", "Read one of a partner's agreements")
                        .params(id, Param.path("agreementId", "agreement id")).returns(200, AgreementResponse.class).errors(404));
    }

    private static PartnerId partnerId(Context ctx) {
        return new PartnerId(Params.uuid(ctx, "id"));
    }

    private void register(Context ctx) {
        Actor actor = Auth.actor(ctx);
        PartnerRequests.Register body = Bodies.read(ctx, PartnerRequests.Register.class);
        Fields f = new Fields();
        ProvinceCode province = f.get("/province", () -> ProvinceCode.of(body.province()));
        PartnerArea area = area(f, province, body.regencies());
        Optional<EmailAddress> email = f.get("/contact/email", () -> Optional.ofNullable(body.contact().email()).map(EmailAddress::parse));
        Optional<PhoneNumber> phone = f.get("/contact/phone", () -> Optional.ofNullable(body.contact().phone()).map(PhoneNumber::parse));
        PartnerContact contact = email == null || phone == null ? null : f.get("/contact", () -> new PartnerContact(email, phone));
        f.check();
        Partner partner = registerPartner.register(new RegisterPartnerCommand(actor, body.name(),
                Optional.ofNullable(body.brand()), area, contact, Optional.ofNullable(body.registeredOn())));
        Replays.send(ctx, new Replays.Answer(201, PartnerResponse.of(partner), BASE + "/" + partner.id(), Versions.etag(partner.version())));
    }

    private void find(Context ctx) {
        Optional<PartnerStatus> status = Params.query(ctx, "status", raw -> {
            try {
                return PartnerStatus.valueOf(raw.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(FieldError.parameter("status", "STATUS_UNKNOWN",
                        "status must be REGISTERED, VALIDATED, REJECTED or SUSPENDED"));
            }
        });
        List<Partner> partners = readPartners.find(Auth.actor(ctx), Params.query(ctx, "province", ProvinceCode::of), status);
        ctx.json(partners.stream().map(PartnerResponse::of).toList());
    }

    private void get(Context ctx) {
        Partner partner = readPartners.get(Auth.actor(ctx), partnerId(ctx));
        send(ctx, partner);
    }

    private static void send(Context ctx, Partner partner) {
        ctx.header("ETag", Versions.etag(partner.version())).json(PartnerResponse.of(partner));
    }

    private void validate(Context ctx) {
        Actor actor = Auth.actor(ctx);
        PartnerId id = partnerId(ctx);
        var expected = Versions.requireIfMatch(ctx);
        PartnerRequests.Validation body = Bodies.read(ctx, PartnerRequests.Validation.class);
        ValidatePartnerCommand.Decision decision;
        try {
            decision = ValidatePartnerCommand.Decision.valueOf(body.decision().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(FieldError.body("/decision", "DECISION_UNKNOWN",
                    "decision must be APPROVE or REJECT"));
        }
        send(ctx, validatePartner.decide(new ValidatePartnerCommand(actor, id, decision,
                Optional.ofNullable(body.reason()), Optional.ofNullable(body.on()), expected)));
    }

    private void suspend(Context ctx) {
        Actor actor = Auth.actor(ctx);
        PartnerId id = partnerId(ctx);
        var expected = Versions.requireIfMatch(ctx);
        PartnerRequests.Suspension body = Bodies.read(ctx, PartnerRequests.Suspension.class);
        send(ctx, changePartnerStanding.change(new ChangePartnerStandingCommand(actor, id,
                ChangePartnerStandingCommand.Change.SUSPEND, Optional.of(body.reason()), Optional.ofNullable(body.on()), expected)));
    }

    private void reinstate(Context ctx) {
        Actor actor = Auth.actor(ctx);
        PartnerId id = partnerId(ctx);
        var expected = Versions.requireIfMatch(ctx);
        Optional<LocalDate> on = ctx.bodyAsBytes().length == 0 ? Optional.empty()
                : Optional.ofNullable(Bodies.read(ctx, PartnerRequests.Reinstatement.class).on());
        send(ctx, changePartnerStanding.change(new ChangePartnerStandingCommand(actor, id,
                ChangePartnerStandingCommand.Change.REINSTATE, Optional.empty(), on, expected)));
    }

    private void recordAgreement(Context ctx) {
        Actor actor = Auth.actor(ctx);
        PartnerId id = partnerId(ctx);
        PartnerRequests.Agreement body = Bodies.read(ctx, PartnerRequests.Agreement.class);
        Fields f = new Fields();
        CounterpartyKind kind = f.get("/counterpartyKind", () -> CounterpartyKind.parse(body.counterpartyKind()));
        Set<Stage> stages = stages(f, body.stages(), "/stages");
        f.check();
        CooperationAgreement agreement = recordAgreement.record(new RecordAgreementCommand(actor, id, kind,
                body.counterpartyName(), stages, body.validFrom(), Optional.ofNullable(body.validUntil())));
        Replays.send(ctx, new Replays.Answer(201, AgreementResponse.of(agreement), BASE + "/" + id + "/agreements/" + agreement.id(), null));
    }

    /** Stage codes from a JSON array, each refused at its own index. */
    /**
     * The area named by a province and a list of its kabupaten/kota codes (the whole province when the
     * list is absent or empty), each refusal recorded at its pointer under {@code /regencies}; null when
     * any part was refused.
     */
    static PartnerArea area(Fields f, ProvinceCode province, List<String> regencies) {
        Set<RegencyCode> parsed = regencies(f, regencies == null ? List.of() : regencies);
        return province == null || parsed == null ? null : f.get("/regencies", () -> PartnerArea.of(province, parsed));
    }

    /** The kabupaten/kota {@code codes} name, each refusal recorded at {@code /regencies/<i>}; null when any was refused. */
    static Set<RegencyCode> regencies(Fields f, List<String> codes) {
        Set<RegencyCode> parsed = new HashSet<>();
        boolean refused = false;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            RegencyCode regency = f.get("/regencies/" + i, () -> RegencyCode.of(code));
            refused |= regency == null;
            parsed.add(regency);
        }
        return refused ? null : parsed;
    }

    public static Set<Stage> stages(Fields f, List<String> codes, String pointer) {
        List<Stage> parsed = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Stage stage = f.get(pointer + "/" + i, () -> Stage.parse(code));
            if (stage != null) {
                parsed.add(stage);
            }
        }
        return parsed.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(parsed);
    }

    private void agreements(Context ctx) {
        List<CooperationAgreement> agreements = readPartners.agreements(Auth.actor(ctx), partnerId(ctx));
        ctx.json(agreements.stream().map(AgreementResponse::of).toList());
    }

    private void agreement(Context ctx) {
        ctx.json(AgreementResponse.of(readPartners.agreement(Auth.actor(ctx), partnerId(ctx),
                new AgreementId(Params.uuid(ctx, "agreementId")))));
    }
}
