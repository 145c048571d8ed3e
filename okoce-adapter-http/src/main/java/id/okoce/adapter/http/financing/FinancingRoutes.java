package id.okoce.adapter.http.financing;

import id.okoce.adapter.http.api.Answers;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.adapter.http.api.Versions;
import id.okoce.adapter.http.partner.PartnerRoutes;
import id.okoce.application.port.in.financing.CheckFinancingEligibilityUseCase;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.in.financing.EligibilityQuery;
import id.okoce.application.port.in.financing.FinancingGranted;
import id.okoce.application.port.in.financing.ListFinancingProductsUseCase;
import id.okoce.application.port.in.financing.ReadFinancingsUseCase;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.application.port.in.financing.RecordFinancingUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Routes for financing products, eligibility and financing granted. */
public final class FinancingRoutes {

    private static final String PRODUCTS = "/api/v1/financing-products";
    private final DefineFinancingProductUseCase defineFinancingProduct;
    private final ListFinancingProductsUseCase listFinancingProducts;
    private final CheckFinancingEligibilityUseCase checkFinancingEligibility;
    private final RecordFinancingUseCase recordFinancing;
    private final ReadFinancingsUseCase readFinancings;

    private FinancingRoutes(DefineFinancingProductUseCase defineFinancingProduct, ListFinancingProductsUseCase listFinancingProducts, CheckFinancingEligibilityUseCase checkFinancingEligibility, RecordFinancingUseCase recordFinancing, ReadFinancingsUseCase readFinancings) {
        this.readFinancings = readFinancings;
        this.defineFinancingProduct = defineFinancingProduct;
        this.listFinancingProducts = listFinancingProducts;
        this.checkFinancingEligibility = checkFinancingEligibility;
        this.recordFinancing = recordFinancing;
    }

    /** The financing routes. */
    public static List<ApiRoute> of(DefineFinancingProductUseCase defineFinancingProduct, ListFinancingProductsUseCase listFinancingProducts, CheckFinancingEligibilityUseCase checkFinancingEligibility, RecordFinancingUseCase recordFinancing, ReadFinancingsUseCase readFinancings) {
        FinancingRoutes r = new FinancingRoutes(defineFinancingProduct, listFinancingProducts, checkFinancingEligibility, recordFinancing, readFinancings);
        return List.of(
                ApiRoute.post(PRODUCTS, r::define).roles(Role.HUB_ADMIN).doc("financing", "The hub defines a financing product (a new dated version has a new id)")
                        .body(FinancingJson.Product.class).returns(201, FinancingJson.Product.class).errors(409),
                ApiRoute.get(PRODUCTS, r::list).doc("financing",
                                "List financing product versions (a bank sees its own); by family, and the one in force on a day")
                        .params(Param.query("family", "only the versions of this family, e.g. kur-mikro"),
                                Param.query("on", "only the versions in force on this day", "string", "date"))
                        .returnsList(200, FinancingJson.Product.class).errors(404),
                ApiRoute.post(PRODUCTS + "/{id}/end", r::end).roles(Role.HUB_ADMIN)
                        .doc("financing", "The hub ends a product version early, with a reason (never extends one)")
                        .params(Param.path("id", "product id")).body(FinancingJson.End.class)
                        .returns(200, FinancingJson.Product.class).errors(404),
                ApiRoute.get(PRODUCTS + "/{id}", r::product).doc("financing", "Read a financing product (a bank: its own)")
                        .params(Param.path("id", "product id")).returns(200, FinancingJson.Product.class).errors(404),
                ApiRoute.get("/api/v1/members/{id}/financings", r::financings).doc("financing",
                                "A member's financing (a bank sees that of its own products)")
                        .params(Param.path("id", "member id")).returnsList(200, FinancingJson.Recorded.class).errors(404),
                ApiRoute.get("/api/v1/members/{id}/financings/{financingId}", r::financing).doc("financing", "One financing of a member")
                        .params(Param.path("id", "member id"), Param.path("financingId", "financing id"))
                        .returns(200, FinancingJson.Recorded.class).errors(404),
                ApiRoute.get("/api/v1/members/{id}/financing-eligibility", r::eligibility).roles(Role.HUB_ADMIN, Role.BANK)
                        .doc("financing", "Is the member eligible for a product and amount on a date? Every rule's outcome")
                        .params(Param.path("id", "member id"),
                                Param.query("product", "product version id, or a family (the version in force on the day)")
                                        .mandatory(),
                                Param.query("amount", "amount in whole rupiah", "integer", "int64").mandatory(),
                                Param.query("on", "the day to judge at (default today)", "string", "date"))
                        .returns(200, FinancingJson.Decision.class).errors(404),
                ApiRoute.post("/api/v1/members/{id}/financings", r::grant).roles(Role.HUB_ADMIN, Role.BANK)
                        .doc("financing", "Record financing granted (the hub, or the product's bank); the first completes P7 "
                                + "when its prerequisites hold, otherwise P7 stays open and the answer says why")
                        .params(Param.path("id", "member id"), Param.header("If-Match", "the member's ETag", true))
                        .body(FinancingJson.Grant.class).returns(201, FinancingJson.Granted.class).errors(404, 409, 412, 422, 428));
    }

    private void define(Context ctx) {
        Actor actor = Auth.actor(ctx);
        FinancingJson.Product body = Bodies.read(ctx, FinancingJson.Product.class);
        Fields f = new Fields();
        ProductId id = f.get("/id", () -> ProductId.of(body.id()));
        Set<ProvinceCode> provinces = new HashSet<>();
        for (int i = 0; i < body.provinces().size(); i++) {
            String code = body.provinces().get(i);
            ProvinceCode province = f.get("/provinces/" + i, () -> ProvinceCode.of(code));
            if (province != null) {
                provinces.add(province);
            }
        }
        Set<Stage> stages = PartnerRoutes.stages(f, body.requiredStages(), "/requiredStages");
        Rupiah min = f.get("/minAmount", () -> Rupiah.of(body.minAmount()));
        Rupiah max = f.get("/maxAmount", () -> Rupiah.of(body.maxAmount()));
        f.check();
        Set<LicenceType> licences = EnumSet.noneOf(LicenceType.class);
        List<String> licenceNames = body.acceptedLicences() == null ? List.of() : body.acceptedLicences();
        for (int i = 0; i < licenceNames.size(); i++) {
            String name = licenceNames.get(i);
            LicenceType type = f.get("/acceptedLicences/" + i, () -> LicenceType.parse(name));
            if (type != null) {
                licences.add(type);
            }
        }
        f.check();
        FinancingProduct product = f.get("", () -> new FinancingProduct(id, body.family(), body.bank(), body.name(), provinces,
                min, max, stages, licences, body.minBusinessAgeMonths(), body.minBorrowerAge(),
                body.maxBorrowerAge() == null ? OptionalInt.empty() : OptionalInt.of(body.maxBorrowerAge()), body.maxTermMonths(),
                Boolean.TRUE.equals(body.noOtherCreditRequired()), body.validFrom(), Optional.ofNullable(body.validUntil())));
        f.check();
        FinancingProduct defined = defineFinancingProduct.define(actor, product);
        Replays.send(ctx, new Replays.Answer(201, FinancingJson.Product.of(defined), PRODUCTS + "/" + defined.id(), null));
    }

    private void product(Context ctx) {
        ctx.json(FinancingJson.Product.of(listFinancingProducts.get(Auth.actor(ctx), pathProduct(ctx))));
    }

    private static ProductId pathProduct(Context ctx) {
        Fields f = new Fields();
        ProductId id = f.parameter("id", () -> ProductId.of(ctx.pathParam("id")));
        f.check();
        return id;
    }

    private void financings(Context ctx) {
        Answers.json(ctx, readFinancings.forMember(Auth.actor(ctx), new MemberId(Params.uuid(ctx, "id"))),
                list -> list.stream().map(FinancingJson.Recorded::of).toList());
    }

    private void financing(Context ctx) {
        Answers.json(ctx, readFinancings.get(Auth.actor(ctx), new MemberId(Params.uuid(ctx, "id")),
                new FinancingId(Params.uuid(ctx, "financingId"))), FinancingJson.Recorded::of);
    }

    private void list(Context ctx) {
        Actor actor = Auth.actor(ctx);
        Optional<String> family = Params.query(ctx, "family", raw -> raw);
        Optional<LocalDate> on = Params.date(ctx, "on");
        List<FinancingProduct> products = family.isPresent()
                ? listFinancingProducts.versions(actor, family.get()) : listFinancingProducts.list(actor);
        ctx.json(products.stream().filter(p -> on.map(p::inForceOn).orElse(true)).map(FinancingJson.Product::of).toList());
    }

    private void end(Context ctx) {
        Actor actor = Auth.actor(ctx);
        ProductId id = pathProduct(ctx);
        FinancingJson.End body = Bodies.read(ctx, FinancingJson.End.class);
        ctx.json(FinancingJson.Product.of(defineFinancingProduct.end(actor, id, body.validUntil(), body.reason())));
    }

    private void eligibility(Context ctx) {
        Actor actor = Auth.actor(ctx);
        MemberId member = new MemberId(Params.uuid(ctx, "id"));
        Params.required(ctx, "product");
        Params.required(ctx, "amount");
        ProductId product = Params.query(ctx, "product", ProductId::of).orElseThrow();
        long amount = Params.number(ctx, "amount").orElseThrow();
        Rupiah rupiah = Params.query(ctx, "amount", raw -> Rupiah.of(amount)).orElseThrow();
        Answers.json(ctx, checkFinancingEligibility.check(new EligibilityQuery(actor, member, product, rupiah,
                Params.date(ctx, "on"))), FinancingJson.Decision::of);
    }

    private void grant(Context ctx) {
        Actor actor = Auth.actor(ctx);
        MemberId member = new MemberId(Params.uuid(ctx, "id"));
        var expected = Versions.requireIfMatch(ctx);
        FinancingJson.Grant body = Bodies.read(ctx, FinancingJson.Grant.class);
        Fields f = new Fields();
        ProductId product = f.get("/product", () -> ProductId.of(body.product()));
        Rupiah amount = f.get("/amount", () -> Rupiah.of(body.amount()));
        f.check();
        FinancingGranted granted = recordFinancing.record(new RecordFinancingCommand(actor, member, product, amount,
                body.termMonths(), body.reference(), Optional.ofNullable(body.grantedOn()), expected));
        Replays.send(ctx, new Replays.Answer(201, FinancingJson.Granted.of(granted, !(actor instanceof Actor.BankActor)),
                "/api/v1/members/" + member + "/financings/" + granted.financing().id(), Versions.etag(granted.member().version())));
    }
}
