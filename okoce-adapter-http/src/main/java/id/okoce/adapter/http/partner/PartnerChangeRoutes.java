package id.okoce.adapter.http.partner;

import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.adapter.http.api.Versions;
import id.okoce.application.port.in.partner.EditPartnerUseCase;
import id.okoce.application.port.in.partner.RecordAgreementUseCase;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.application.port.in.partner.RegisterPartnerUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Changing partners after registration: applications, edits, and agreements ended early or amended. */
public final class PartnerChangeRoutes {

    private final RegisterPartnerUseCase registerPartner;
    private final EditPartnerUseCase editPartner;
    private final RecordAgreementUseCase recordAgreement;

    private PartnerChangeRoutes(RegisterPartnerUseCase registerPartner, EditPartnerUseCase editPartner,
                                RecordAgreementUseCase recordAgreement) {
        this.registerPartner = registerPartner;
        this.editPartner = editPartner;
        this.recordAgreement = recordAgreement;
    }

    /** The routes. */
    public static List<ApiRoute> of(RegisterPartnerUseCase registerPartner, EditPartnerUseCase editPartner,
                                    RecordAgreementUseCase recordAgreement) {
        PartnerChangeRoutes r = new PartnerChangeRoutes(registerPartner, editPartner, recordAgreement);
        Param id = Param.path("id", "partner id");
        Param agreementId = Param.path("agreementId", "agreement id");
        String agreement = PartnerRoutes.BASE + "/{id}/agreements/{agreementId}";
        return List.of(
                ApiRoute.post("/api/v1/partner-applications", r::apply).open()
                        .doc("partners", "An organisation applies to be a partner, without a token; it waits for the hub's "
                                + "validation (a name already used in the province is refused, naming that partner)")
                        .body(PartnerRequests.Register.class).returns(201, PartnerResponse.class).errors(409),
                ApiRoute.patch(PartnerRoutes.BASE + "/{id}", r::edit).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("partners", "Edit a partner's brand and contact (the partner itself or the hub) and its name (the "
                                + "hub); the fields given change, those left out stay")
                        .params(id, Param.header("If-Match", "the ETag read", true)).body(PartnerRequests.Edit.class)
                        .returns(200, PartnerResponse.class).errors(404, 409, 412, 428),
                ApiRoute.post(agreement + "/end", r::end).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("partners", "End an agreement early, with a reason; stages completed under it stay done")
                        .params(id, agreementId).body(PartnerRequests.AgreementEnd.class)
                        .returns(200, AgreementResponse.class).errors(404),
                ApiRoute.post(agreement + "/amendment", r::amend).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("partners", "Amend an agreement's stages and validity, with a reason; the old terms stay in the "
                                + "audit trail")
                        .params(id, agreementId).body(PartnerRequests.AgreementAmendment.class)
                        .returns(200, AgreementResponse.class).errors(404, 409));
    }

    private void apply(Context ctx) {
        PartnerRequests.Register body = Bodies.read(ctx, PartnerRequests.Register.class);
        Fields f = new Fields();
        ProvinceCode province = f.get("/province", () -> ProvinceCode.of(body.province()));
        PartnerArea area = PartnerRoutes.area(f, province, body.regencies());
        PartnerContact contact = contact(f, body.contact());
        f.check();
        Partner partner = registerPartner.apply(new RegisterPartnerCommand(Actor.system(), body.name(),
                Optional.ofNullable(body.brand()), area, contact, Optional.empty()));
        Replays.send(ctx, new Replays.Answer(201, PartnerResponse.of(partner), PartnerRoutes.BASE + "/" + partner.id(),
                Versions.etag(partner.version())));
    }

    private static PartnerContact contact(Fields f, PartnerRequests.Contact raw) {
        Optional<EmailAddress> email = f.get("/contact/email", () -> Optional.ofNullable(raw.email()).map(EmailAddress::parse));
        Optional<PhoneNumber> phone = f.get("/contact/phone", () -> Optional.ofNullable(raw.phone()).map(PhoneNumber::parse));
        return email == null || phone == null ? null : f.get("/contact", () -> new PartnerContact(email, phone));
    }

    private void edit(Context ctx) {
        Actor actor = Auth.actor(ctx);
        PartnerId id = new PartnerId(Params.uuid(ctx, "id"));
        var expected = Versions.requireIfMatch(ctx);
        PartnerRequests.Edit body = Bodies.read(ctx, PartnerRequests.Edit.class);
        Fields f = new Fields();
        Optional<PartnerContact> contact = Optional.ofNullable(body.contact()).map(c -> contact(f, c));
        Optional<Set<RegencyCode>> regencies = Optional.ofNullable(body.regencies()).map(codes -> PartnerRoutes.regencies(f, codes));
        f.check();
        Optional<Optional<String>> brand = Optional.ofNullable(body.brand()).map(b -> Optional.of(b).filter(x -> !x.isEmpty()));
        Partner edited = editPartner.edit(actor, id, Optional.ofNullable(body.name()), brand, contact, regencies, expected);
        ctx.header("ETag", Versions.etag(edited.version())).json(PartnerResponse.of(edited));
    }

    private void end(Context ctx) {
        PartnerRequests.AgreementEnd body = Bodies.read(ctx, PartnerRequests.AgreementEnd.class);
        ctx.json(AgreementResponse.of(recordAgreement.end(Auth.actor(ctx), new PartnerId(Params.uuid(ctx, "id")),
                new AgreementId(Params.uuid(ctx, "agreementId")), body.validUntil(), body.reason())));
    }

    private void amend(Context ctx) {
        PartnerRequests.AgreementAmendment body = Bodies.read(ctx, PartnerRequests.AgreementAmendment.class);
        Fields f = new Fields();
        Set<Stage> stages = PartnerRoutes.stages(f, body.stages(), "/stages");
        f.check();
        ctx.json(AgreementResponse.of(recordAgreement.amend(Auth.actor(ctx), new PartnerId(Params.uuid(ctx, "id")),
                new AgreementId(Params.uuid(ctx, "agreementId")), stages, body.validFrom(), Optional.ofNullable(body.validUntil()),
                body.reason())));
    }
}
