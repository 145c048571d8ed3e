package id.okoce.archfixture.placement.application.elsewhere;

import id.okoce.archfixture.placement.application.port.in.ShipOrderUseCase;

/** Breaks "services live in application.service". */
public class ShipOrderService implements ShipOrderUseCase {
    @Override
    public void ship() {
        // nothing
    }
}
