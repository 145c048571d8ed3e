package id.okoce.archfixture.ports.application.port.in;

import id.okoce.archfixture.ports.application.port.out.OrderRepository;

/** Breaks "inbound ports do not depend on outbound ports". */
public interface OrderUseCase {
    /** Leaks an outbound port. */
    OrderRepository repository();
}
