package id.okoce.archfixture.portsnotservices.adapter.http;

import id.okoce.archfixture.portsnotservices.application.service.PlaceOrderService;

/** Breaks "adapters depend on ports, never on services". */
public class OrderRoute {
    /** Calls the service itself. */
    public void handle(PlaceOrderService service) {
        service.place();
    }
}
