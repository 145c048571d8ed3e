package id.okoce.application.port.in.access;

import id.okoce.domain.access.Actor;
import java.util.Optional;

/** Tells who a bearer secret belongs to. */
public interface AuthenticateUseCase {

    /**
     * The actor for a secret: empty when the secret is unknown or revoked, or when it belongs to a
     * partner that is no longer VALIDATED (suspending a partner disables its tokens at once).
     */
    Optional<Actor> authenticate(String secret);
}
