package id.okoce.application.service;

import id.okoce.application.port.in.financing.ListFinancingProductsUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import java.util.List;

/** Lists financing products; a bank sees its own. */
public final class ListFinancingProductsService implements ListFinancingProductsUseCase {

    private final FinancingProductRepository products;

    /** Wires the service. */
    public ListFinancingProductsService(FinancingProductRepository products) {
        this.products = products;
    }

    @Override
    public List<FinancingProduct> list(Actor actor) {
        return products.findAll().stream().filter(p -> actor.canSeeProductOf(p.bank())).toList();
    }

    @Override
    public FinancingProduct get(Actor actor, ProductId id) {
        return CheckFinancingEligibilityService.visibleProduct(products, actor, id);
    }
}
