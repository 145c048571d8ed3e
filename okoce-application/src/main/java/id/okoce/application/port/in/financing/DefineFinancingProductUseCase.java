package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingProduct;

/** The hub adds a financing product, or a new dated version of one (a new id). */
public interface DefineFinancingProductUseCase {

    /**
     * Adds the product.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub,
     *         {@code PRODUCT_DUPLICATE} if the id is taken
     */
    FinancingProduct define(Actor actor, FinancingProduct product);

    /**
     * Adds the built-in catalogue's products that are not stored yet (a step of setting up a
     * database, run by {@code migrate} and at the service's start; assembling the core writes
     * nothing).
     *
     * @return how many were added
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub (or the system)
     */
    int addBuiltInCatalogue(Actor actor);
}
