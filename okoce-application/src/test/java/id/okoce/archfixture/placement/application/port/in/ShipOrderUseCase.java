package id.okoce.archfixture.placement.application.port.in;

/** A well-named inbound port. */
public interface ShipOrderUseCase {
    /** Ships. */
    void ship();
}
