package id.okoce.application.port.in.financing;

import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import java.time.LocalDate;

/** The hub adds a financing product, or a new dated version of one (a new id). */
public interface DefineFinancingProductUseCase {

    /**
     * Adds the product.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub,
     *         {@code PRODUCT_DUPLICATE} if the id is taken, {@code PRODUCT_VERSION_OVERLAP} if another version
     *         of its family is in force on a day this one would be
     */
    FinancingProduct define(Actor actor, FinancingProduct product);

    /**
     * Ends a version early: its last day becomes {@code lastDay} (never later than an end it has).
     * Recorded in the audit trail with the reason.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} unless the hub, {@code PRODUCT_NOT_FOUND},
     *         {@code FINANCING_PRODUCT_INVALID} on {@code validUntil}, {@code REASON_INVALID}
     */
    FinancingProduct end(Actor actor, ProductId id, LocalDate lastDay, String reason);

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
