package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.ListFinancingProductsUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.shared.DomainException;
import java.time.LocalDate;
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

    @Override
    public List<FinancingProduct> versions(Actor actor, String family) {
        List<FinancingProduct> versions = products.findFamily(family).stream()
                .filter(p -> actor.canSeeProductOf(p.bank())).toList();
        if (versions.isEmpty()) {
            throw new DomainException(ApplicationError.PRODUCT_NOT_FOUND, "family", "no product family " + family);
        }
        return versions;
    }

    @Override
    public FinancingProduct inForce(Actor actor, String familyOrId, LocalDate on) {
        return CheckFinancingEligibilityService.versionInForce(products, actor, familyOrId, on);
    }
}
