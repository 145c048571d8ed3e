package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.shared.DomainException;

/** Adds financing products on the hub's behalf. */
public final class DefineFinancingProductService implements DefineFinancingProductUseCase {

    private final FinancingProductRepository products;
    private final Transactions transactions;

    /** Wires the service. */
    public DefineFinancingProductService(FinancingProductRepository products, Transactions transactions) {
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public FinancingProduct define(Actor actor, FinancingProduct product) {
        actor.requireRole("define financing products", Role.HUB_ADMIN);
        return transactions.inTransaction(() -> {
            if (!products.add(product)) {
                throw new DomainException(ApplicationError.PRODUCT_DUPLICATE, "id",
                        "a product with id " + product.id() + " already exists; define a new version with a new id");
            }
            return product;
        });
    }

    @Override
    public int addBuiltInCatalogue(Actor actor) {
        actor.requireRole("define financing products", Role.HUB_ADMIN);
        return transactions.inTransaction(() -> {
            int added = 0;
            for (FinancingProduct product : FinancingCatalogue.builtIn()) {
                if (products.add(product)) {
                    added++;
                }
            }
            return added;
        });
    }
}
