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
}
