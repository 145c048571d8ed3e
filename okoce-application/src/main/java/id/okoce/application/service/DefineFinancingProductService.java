package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import java.util.List;
import java.util.Optional;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.shared.DomainException;

/** Adds financing products on the hub's behalf. */
public final class DefineFinancingProductService implements DefineFinancingProductUseCase {

    private final FinancingProductRepository products;
    private final Transactions transactions;
    private final Accounting accounting;

    /** Wires the service. */
    public DefineFinancingProductService(FinancingProductRepository products, Transactions transactions, Accounting accounting) {
        this.products = products;
        this.transactions = transactions;
        this.accounting = accounting;
    }

    @Override
    public FinancingProduct define(Actor actor, FinancingProduct product) {
        actor.requireRole("define financing products", Role.HUB_ADMIN);
        return transactions.inTransaction(() -> {
            if (!products.add(product)) {
                throw new DomainException(ApplicationError.PRODUCT_DUPLICATE, "id",
                        "a product with id " + product.id() + " already exists; define a new version with a new id");
            }
            defined(actor, product);
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
                    defined(actor, product);
                    added++;
                }
            }
            return added;
        });
    }

    private void defined(Actor actor, FinancingProduct product) {
        accounting.changed(actor, AuditAction.PRODUCT_DEFINED, product.id().toString(), Optional.empty(),
                List.of(FieldChange.of("bank", null, product.bank()), FieldChange.of("name", null, product.name()),
                        FieldChange.of("validFrom", null, product.validFrom())), Optional.empty());
    }
}
