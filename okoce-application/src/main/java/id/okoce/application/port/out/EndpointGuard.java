package id.okoce.application.port.out;

import java.net.URI;

/**
 * Which addresses events may be sent to: an adapter resolves the host and refuses loopback,
 * link-local and private addresses unless the operator allows them.
 */
@FunctionalInterface
public interface EndpointGuard {

    /**
     * Refuses {@code url} with {@code WEBHOOK_URL_FORBIDDEN} when its host resolves to an address
     * events may not be sent to.
     */
    void check(URI url);
}
