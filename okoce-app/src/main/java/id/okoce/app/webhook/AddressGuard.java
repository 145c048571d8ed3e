package id.okoce.app.webhook;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.out.EndpointGuard;
import id.okoce.domain.shared.DomainException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses endpoints whose host resolves to an address inside the service's own network — loopback,
 * link-local (cloud metadata lives there), private, carrier-grade NAT, unique-local IPv6, any or
 * multicast — unless the operator allows them ({@code --webhooks-allow-private on}). Checked at
 * registration and again before every delivery, so a name that later resolves inside is refused too.
 */
public final class AddressGuard implements EndpointGuard {

    private final boolean allowPrivate;

    /** A guard; {@code allowPrivate} lets endpoints on such addresses through. */
    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    @Override
    public void check(URI url) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new DomainException(ApplicationError.WEBHOOK_URL_INVALID, "url", "the host " + url.getHost() + " does not resolve");
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            if (inside(address)) {
                throw new DomainException(ApplicationError.WEBHOOK_URL_FORBIDDEN, "url", "the host " + url.getHost() + " resolves to "
                        + address.getHostAddress() + ", an address events are not sent to (loopback, link-local or private)");
            }
        }
    }

    /** Whether {@code address} is one events are not sent to without the operator's leave. */
    static boolean inside(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || (b[0] & 0xff) == 0;
    }
}
