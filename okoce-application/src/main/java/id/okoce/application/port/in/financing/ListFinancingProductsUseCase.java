package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import java.time.LocalDate;
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

    /**
     * The versions of a product family, ordered by the day each begins.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PRODUCT_NOT_FOUND} if no version is known or visible
     */
    List<FinancingProduct> versions(Actor actor, String family);

    /**
     * The version of a family in force on {@code on}; a product id names itself.
     *
     * @throws id.okoce.domain.shared.DomainException {@code PRODUCT_NOT_FOUND} when the family is unknown or
     *         has no version in force on that day
     */
    FinancingProduct inForce(Actor actor, String familyOrId, LocalDate on);
}
