package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.financing.DefineFinancingProductUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
            products.findFamily(product.family()).stream()
                    .filter(other -> !other.id().equals(product.id()) && other.overlaps(product)).findFirst()
                    .ifPresent(other -> {
                        throw new DomainException(ApplicationError.PRODUCT_VERSION_OVERLAP, "validFrom",
                                "version " + other.id() + " of " + product.family() + " is in force from " + other.validFrom()
                                        + other.validUntil().map(u -> " to " + u).orElse(" with no end")
                                        + "; end it first or choose days it does not cover");
                    });
            if (!products.add(product)) {
                throw new DomainException(ApplicationError.PRODUCT_DUPLICATE, "id",
                        "a product with id " + product.id() + " already exists; define a new version with a new id");
            }
            defined(actor, product);
            return product;
        });
    }

    @Override
    public FinancingProduct end(Actor actor, ProductId id, LocalDate lastDay, String reason) {
        actor.requireRole("end financing products", Role.HUB_ADMIN);
        String why = Reasons.check(reason, "reason", Reasons.MAX);
        return transactions.inTransaction(() -> {
            FinancingProduct product = products.findById(id)
                    .orElseThrow(() -> new DomainException(ApplicationError.PRODUCT_NOT_FOUND, "id", "no product " + id));
            FinancingProduct ended = product.endedOn(lastDay);
            products.end(id, lastDay);
            accounting.changed(actor, AuditAction.PRODUCT_ENDED, id.toString(), Optional.empty(),
                    List.of(FieldChange.of("validUntil", product.validUntil().orElse(null), lastDay),
                            FieldChange.of("reason", null, why)), Optional.empty());
            return ended;
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
                List.of(FieldChange.of("family", null, product.family()),
                        FieldChange.of("bank", null, product.bank()), FieldChange.of("name", null, product.name()),
                        FieldChange.of("validFrom", null, product.validFrom())), Optional.empty());
    }
}
