package id.okoce.application.memory;

import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Financing products in memory, ordered by id. */
public final class InMemoryFinancingProductRepository implements FinancingProductRepository {

    private final InMemoryTransactions transactions;
    private final Map<String, FinancingProduct> byId = new ConcurrentSkipListMap<>();

    /** A repository whose writes join {@code transactions}. */
    public InMemoryFinancingProductRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(FinancingProduct product) {
        return transactions.write(() -> {
            boolean added = byId.putIfAbsent(product.id().value(), product) == null;
            if (added) {
                transactions.onRollback(() -> byId.remove(product.id().value()));
            }
            return added;
        });
    }

    @Override
    public Optional<FinancingProduct> findById(ProductId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public List<FinancingProduct> findAll() {
        return List.copyOf(byId.values());
    }

    @Override
    public List<FinancingProduct> findFamily(String family) {
        return byId.values().stream().filter(p -> p.family().equals(family))
                .sorted(java.util.Comparator.comparing(FinancingProduct::validFrom)).toList();
    }

    @Override
    public boolean end(ProductId id, java.time.LocalDate lastDay) {
        return transactions.write(() -> {
            FinancingProduct before = byId.get(id.value());
            if (before == null) {
                return false;
            }
            byId.put(id.value(), before.endedOn(lastDay));
            transactions.onRollback(() -> byId.put(id.value(), before));
            return true;
        });
    }
}
