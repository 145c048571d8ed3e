package id.okoce.adapter.http.token;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.Views;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Replays;
import id.okoce.application.port.in.access.ManageTokensUseCase;
import id.okoce.application.port.in.access.IssuedToken;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.util.UUID;

/** Routes under {@code /api/v1/tokens}. */
public final class TokenRoutes {

    private final ManageTokensUseCase manageTokens;

    private TokenRoutes(ManageTokensUseCase manageTokens) {
        this.manageTokens = manageTokens;
    }

    /**
     * {@code POST /api/v1/tokens}.
     *
     * @param role      HUB_ADMIN, PARTNER or BANK
     * @param partnerId for a PARTNER token
     * @param bank      for a BANK token
     */
    public record Request(@ApiField(value = "role", allowedFrom = Role.class) String role,
                          @ApiField(value = "the validated partner a PARTNER token acts for", optional = true, format = "uuid")
                          String partnerId,
                          @ApiField(value = "the bank a BANK token acts for", optional = true, example = "Bank DKI") String bank) {
    }

    /**
     * A token just issued: the secret is shown this once.
     *
     * @param id        the token's id (to revoke it)
     * @param token     the bearer secret
     * @param role      its role
     * @param partnerId its partner, if any
     * @param bank      its bank, if any
     */
    public record Issued(@ApiField(value = "token id", format = "uuid") UUID id,
                         @ApiField("the bearer secret; shown once, never stored") String token,
                         @ApiField("role") String role,
                         @ApiField(value = "partner", optional = true, format = "uuid") UUID partnerId,
                         @ApiField(value = "bank", optional = true) String bank) {

        /** The body for {@code issued}. */
        public static Issued of(IssuedToken issued) {
            return new Issued(issued.token().id().value(), issued.secret(), issued.token().role().name(),
                    issued.token().partner().map(PartnerId::value).orElse(null), issued.token().bank().orElse(null));
        }
    }

    /**
     * A token as stored.
     *
     * @param id        its id
     * @param role      its role
     * @param partnerId its partner, if any
     * @param bank      its bank, if any
     * @param createdAt when it was issued
     * @param revokedAt when it was revoked, if it was
     */
    public record Stored(@ApiField(value = "token id", format = "uuid") UUID id,
                         @ApiField(value = "role", allowedFrom = Role.class) String role,
                         @ApiField(value = "partner", optional = true, format = "uuid") UUID partnerId,
                         @ApiField(value = "bank", optional = true) String bank,
                         @ApiField("when it was issued") Instant createdAt,
                         @ApiField(value = "when it was revoked", optional = true) Instant revokedAt) {

        /** The body for {@code token}. */
        public static Stored of(ApiToken token) {
            return new Stored(token.id().value(), token.role().name(), token.partner().map(PartnerId::value).orElse(null),
                    token.bank().orElse(null), token.createdAt(), token.revokedAt().orElse(null));
        }
    }

    /**
     * {@code GET /api/v1/me}: who the caller's token acts as, for a client to show what it may do.
     *
     * @param role      HUB_ADMIN, PARTNER or BANK
     * @param tokenId   the token's id, if the caller acts through one
     * @param partnerId the partner, for a partner
     * @param province  the partner's province
     * @param regencies the partner's kabupaten/kota; empty when it works in its whole province
     * @param bank      the bank, for a bank
     */
    public record Me(@ApiField(value = "role", allowedFrom = Role.class) String role,
                     @ApiField(value = "the token's id", optional = true, format = "uuid") UUID tokenId,
                     @ApiField(value = "the partner a PARTNER token acts for", optional = true, format = "uuid") UUID partnerId,
                     @ApiField(value = "the partner's province", optional = true) Views.Region province,
                     @ApiField("the partner's kabupaten/kota; empty for a whole province or another role") List<Views.Region> regencies,
                     @ApiField(value = "the bank a BANK token acts for", optional = true) String bank) {

        /** The body for {@code actor}. */
        public static Me of(Actor actor) {
            return new Me(actor.role().name(), actor.token().map(t -> t.value()).orElse(null),
                    actor.partner().map(PartnerId::value).orElse(null),
                    actor.partnerProvince().map(Views.Region::of).orElse(null),
                    actor.partnerArea().map(a -> a.regencies().stream().map(Views.Region::of).toList()).orElse(List.of()),
                    actor instanceof Actor.BankActor bank ? bank.bank() : null);
        }
    }

    /** The token routes. */
    public static List<ApiRoute> of(ManageTokensUseCase manageTokens) {
        TokenRoutes r = new TokenRoutes(manageTokens);
        return List.of(
                ApiRoute.get("/api/v1/me", ctx -> ctx.json(Me.of(Auth.actor(ctx)))).roles(Role.HUB_ADMIN, Role.PARTNER, Role.BANK)
                        .doc("tokens", "Who the caller's token acts as: its role, and its partner and area or its bank")
                        .returns(200, Me.class),
                ApiRoute.post("/api/v1/tokens", r::issue).roles(Role.HUB_ADMIN).doc("tokens", "The hub issues a bearer token; its secret is shown once")
                        .body(Request.class).returns(201, Issued.class).errors(404, 422),
                ApiRoute.get("/api/v1/tokens/{id}", r::get).roles(Role.HUB_ADMIN).doc("tokens", "A token's role, binding and times (never its secret)")
                        .params(Param.path("id", "token id")).returns(200, Stored.class).errors(404),
                ApiRoute.delete("/api/v1/tokens/{id}", r::revoke).roles(Role.HUB_ADMIN).doc("tokens", "The hub revokes a token at once")
                        .params(Param.path("id", "token id")).returns(204, (Class<?>) null).errors(404));
    }

    private void issue(Context ctx) {
        Actor actor = Auth.actor(ctx);
        Request body = Bodies.read(ctx, Request.class);
        Fields f = new Fields();
        Role role = f.get("/role", () -> Role.parse(body.role()));
        Optional<PartnerId> partner = Optional.empty();
        if (body.partnerId() != null) {
            try {
                partner = Optional.of(PartnerId.parse(body.partnerId()));
            } catch (IllegalArgumentException e) {
                f.reject(FieldError.body("/partnerId", "ID_MALFORMED", "partnerId must be a UUID"));
            }
        }
        f.check();
        IssuedToken issued = manageTokens.issue(actor, role, partner, Optional.ofNullable(body.bank()));
        Replays.send(ctx, new Replays.Answer(201, Issued.of(issued), "/api/v1/tokens/" + issued.token().id(), null));
    }

    private void get(Context ctx) {
        ctx.json(Stored.of(manageTokens.get(Auth.actor(ctx), new TokenId(Params.uuid(ctx, "id")))));
    }

    private void revoke(Context ctx) {
        Actor actor = Auth.actor(ctx);
        manageTokens.revoke(actor, new TokenId(Params.uuid(ctx, "id")));
        ctx.status(204);
    }
}
