package id.okoce.adapter.http.event;

import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.application.port.in.event.ManageWebhooksUseCase;
import id.okoce.domain.access.Role;
import id.okoce.domain.event.DeliveryAttempt;
import id.okoce.domain.event.WebhookEndpoint;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Webhook endpoints: the hub (any event) and a partner (its area's) register URLs; events are
 * POSTed to them signed as the Standard Webhooks specification says.
 */
public final class WebhookRoutes {

    private static final String BASE = "/api/v1/webhooks";
    private final ManageWebhooksUseCase webhooks;

    private WebhookRoutes(ManageWebhooksUseCase webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * {@code POST /api/v1/webhooks}.
     *
     * @param url         where events are POSTed (http or https)
     * @param types       the event types to receive; all when absent or empty
     * @param description what it is for
     */
    public record Register(@ApiField(value = "where events are POSTed", example = "https://mitra.example.org/okoce-events") String url,
                           @ApiField(value = "event types to receive; all when absent or empty", optional = true,
                                   example = "[\"stage.completed\"]") List<String> types,
                           @ApiField(value = "what it is for", optional = true) String description) {
    }

    /**
     * {@code POST /api/v1/webhooks/{id}/replay}: exactly one of the two.
     *
     * @param fromEventId the first event to deliver again
     * @param from        deliver again the events published from this time
     */
    public record Replay(@ApiField(value = "the first event to deliver again", optional = true, format = "int64") Long fromEventId,
                         @ApiField(value = "deliver again the events published from this time", optional = true) Instant from) {
    }

    /**
     * An endpoint.
     *
     * @param id               its id
     * @param url              where events are POSTed
     * @param types            the types it receives (all when empty)
     * @param description      what it is for
     * @param partnerId        its partner; null for the hub's
     * @param createdAt        when it was registered
     * @param deliveredThrough the last event delivered (or passed over as not for it)
     * @param failures         failed attempts in a row
     * @param failingSince     when this run of failures began
     * @param nextAttemptAt    when delivery is tried next
     * @param disabledAt       when it was disabled for failing too long
     * @param disabledReason   why
     * @param secretRotatedUntil while a rotation's overlap lasts, when the previous secret stops signing
     * @param secret           the signing secret, only in the answer that created it
     */
    public record Endpoint(@ApiField(value = "endpoint id", format = "uuid") UUID id, @ApiField("where events are POSTed") String url,
                           @ApiField("types received; all when empty") List<String> types, @ApiField("what it is for") String description,
                           @ApiField(value = "its partner; null for the hub's", optional = true, format = "uuid") UUID partnerId,
                           @ApiField("when it was registered") Instant createdAt,
                           @ApiField(value = "the last event delivered or passed over", format = "int64") long deliveredThrough,
                           @ApiField("failed attempts in a row") int failures,
                           @ApiField(value = "when this run of failures began", optional = true) Instant failingSince,
                           @ApiField("when delivery is tried next") Instant nextAttemptAt,
                           @ApiField(value = "when it was disabled for failing too long", optional = true) Instant disabledAt,
                           @ApiField(value = "why it was disabled", optional = true) String disabledReason,
                           @ApiField(value = "until when the previous secret also signs", optional = true) Instant secretRotatedUntil,
                           @ApiField(value = "the signing secret (whsec_…); shown once, in the answer that made it", optional = true)
                           String secret) {

        static Endpoint of(WebhookEndpoint e, String secret) {
            return new Endpoint(e.id(), e.url(), List.copyOf(new TreeSet<>(e.types())), e.description(),
                    e.owner().map(p -> p.value()).orElse(null), e.createdAt(), e.deliveredThrough(), e.failures(), e.failingSince().orElse(null),
                    e.nextAttemptAt(), e.disabledAt().orElse(null), e.disabledReason().orElse(null),
                    e.previousUntil().filter(Instant.now()::isBefore).orElse(null), secret);
        }
    }

    /**
     * One delivery attempt.
     *
     * @param eventId   the event
     * @param at        when it was sent
     * @param status    the HTTP status answered, if any
     * @param latencyMs how long it took
     * @param error     why it failed, if it did
     */
    public record Attempt(@ApiField(value = "the event", format = "int64") long eventId, @ApiField("when it was sent") Instant at,
                          @ApiField(value = "HTTP status answered", optional = true) Integer status,
                          @ApiField(value = "milliseconds it took", format = "int64") long latencyMs,
                          @ApiField(value = "why it failed", optional = true) String error) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.eventId(), a.at(), a.status().isPresent() ? a.status().getAsInt() : null, a.latencyMs(), a.error().orElse(null));
        }
    }

    /** The routes. */
    public static List<ApiRoute> of(ManageWebhooksUseCase webhooks) {
        WebhookRoutes r = new WebhookRoutes(webhooks);
        Param id = Param.path("id", "endpoint id");
        return List.of(
                ApiRoute.post(BASE, r::register).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("events", "Register an endpoint (the hub: any event; a partner: its area's); the signing secret is shown "
                                + "once. Events are POSTed with webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks)")
                        .body(Register.class).returns(201, Endpoint.class),
                ApiRoute.get(BASE, r::list).roles(Role.HUB_ADMIN, Role.PARTNER).doc("events", "The caller's endpoints (the hub: all)")
                        .returnsList(200, Endpoint.class),
                ApiRoute.get(BASE + "/{id}", r::get).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("events", "An endpoint and how delivery stands (failures, the next attempt, why it was disabled)")
                        .params(id).returns(200, Endpoint.class).errors(404),
                ApiRoute.delete(BASE + "/{id}", r::delete).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("events", "Delete an endpoint: nothing more is delivered to it").params(id).returns(204, (Class<?>) null)
                        .errors(404),
                ApiRoute.post(BASE + "/{id}/secret-rotation", r::rotate).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("events", "A new signing secret, shown once; for a day both signatures are sent")
                        .params(id).returns(200, Endpoint.class).errors(404),
                ApiRoute.get(BASE + "/{id}/attempts", r::attempts).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("events", "Every delivery attempt, newest first: time, status, latency, error")
                        .params(id, Param.query("limit", "at most this many, 1–1000 (default 100)", "integer", ""))
                        .returnsList(200, Attempt.class).errors(404),
                ApiRoute.post(BASE + "/{id}/replay", r::replay).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("events", "Deliver again from an event id or a time (with the same webhook-id as before); enables a "
                                + "disabled endpoint")
                        .params(id).body(Replay.class).returns(200, Endpoint.class).errors(404));
    }

    private void register(Context ctx) {
        Register body = Bodies.read(ctx, Register.class);
        ManageWebhooksUseCase.WithSecret made = webhooks.register(Auth.actor(ctx), body.url(),
                body.types() == null ? List.of() : body.types(), body.description());
        ctx.status(201).header("Location", BASE + "/" + made.endpoint().id()).json(Endpoint.of(made.endpoint(), made.secret()));
    }

    private void list(Context ctx) {
        ctx.json(webhooks.list(Auth.actor(ctx)).stream().map(e -> Endpoint.of(e, null)).toList());
    }

    private void get(Context ctx) {
        ctx.json(Endpoint.of(webhooks.get(Auth.actor(ctx), Params.uuid(ctx, "id")), null));
    }

    private void delete(Context ctx) {
        webhooks.delete(Auth.actor(ctx), Params.uuid(ctx, "id"));
        ctx.status(204);
    }

    private void rotate(Context ctx) {
        ManageWebhooksUseCase.WithSecret rotated = webhooks.rotateSecret(Auth.actor(ctx), Params.uuid(ctx, "id"));
        ctx.json(Endpoint.of(rotated.endpoint(), rotated.secret()));
    }

    private void attempts(Context ctx) {
        int limit = Params.integer(ctx, "limit", 1, 1000, "QUERY_LIMIT_INVALID").orElse(100);
        ctx.json(webhooks.attempts(Auth.actor(ctx), Params.uuid(ctx, "id"), limit).stream().map(Attempt::of).toList());
    }

    private void replay(Context ctx) {
        Replay body = Bodies.read(ctx, Replay.class);
        ctx.json(Endpoint.of(webhooks.replay(Auth.actor(ctx), Params.uuid(ctx, "id"), Optional.ofNullable(body.fromEventId()),
                Optional.ofNullable(body.from())), null));
    }
}
