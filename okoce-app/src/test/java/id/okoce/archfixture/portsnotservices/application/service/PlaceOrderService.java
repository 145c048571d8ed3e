package id.okoce.archfixture.portsnotservices.application.service;

/** A service an adapter must not call directly. */
public class PlaceOrderService {
    /** Does the work. */
    public void place() {
        // nothing
    }
}
