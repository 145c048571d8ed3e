package id.okoce.archfixture.naming.application.port.in;

/** Breaks "inbound ports end in UseCase". */
public interface PlaceOrder {
    /** Does something. */
    void place();
}
