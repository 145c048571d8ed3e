package id.okoce.archfixture.naming.application.service;

import id.okoce.archfixture.naming.application.port.in.PlaceOrder;

/** Breaks "use cases are implemented by ...Service classes". */
public class OrderHandler implements PlaceOrder {
    @Override
    public void place() {
        // nothing
    }
}
