package id.okoce.adapter.http.api;

import id.okoce.application.port.in.access.AuthenticateUseCase;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import io.javalin.http.Context;
import java.util.Set;

/** Bearer-token authentication: who the caller is, resolved once per request. */
public final class Auth {

    private static final String ACTOR = "okoce.actor";

    private Auth() {
    }

    /**
     * Resolves the caller from {@code Authorization: Bearer <token>} and remembers it for the request.
     *
     * @throws HttpRefusal {@code UNAUTHENTICATED} when the token is missing, unknown, revoked or suspended
     */
    public static void authenticate(Context ctx, AuthenticateUseCase authenticate) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HttpRefusal(HttpRefusal.Kind.UNAUTHENTICATED, "send Authorization: Bearer <token>");
        }
        Actor actor = authenticate.authenticate(header.substring(7).strip())
                .orElseThrow(() -> new HttpRefusal(HttpRefusal.Kind.UNAUTHENTICATED, "the token is unknown, revoked or suspended"));
        ctx.attribute(ACTOR, actor);
    }

    /** Refuses with 403 unless the caller's role is one of {@code roles}. */
    public static void requireRole(Context ctx, Set<Role> roles) {
        Actor actor = actor(ctx);
        actor.requireRole("call " + ctx.method().name() + " " + ctx.endpoint().path, roles.toArray(new Role[0]));
    }

    /** The caller of an authenticated route. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new HttpRefusal(HttpRefusal.Kind.UNAUTHENTICATED, "send Authorization: Bearer <token>");
        }
        return actor;
    }
}
