package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import java.util.List;

/** Lists the financing products: every product for the hub and partners, its own for a bank. */
public interface ListFinancingProductsUseCase {

    /** The products the actor may see, ordered by id. */
    List<FinancingProduct> list(Actor actor);

    /**
     * One product.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PRODUCT_NOT_FOUND} if unknown or another bank's
     */
    FinancingProduct get(Actor actor, ProductId id);
}
