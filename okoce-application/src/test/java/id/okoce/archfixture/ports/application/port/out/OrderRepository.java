package id.okoce.archfixture.ports.application.port.out;

import id.okoce.archfixture.ports.application.port.in.OrderUseCase;

/** Breaks "outbound ports do not depend on inbound ports". */
public interface OrderRepository {
    /** Leaks an inbound port. */
    OrderUseCase useCase();
}
