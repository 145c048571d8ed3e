package id.okoce.application.memory;

import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Financing granted, in memory. */
public final class InMemoryFinancingRepository implements FinancingRepository {

    private final InMemoryTransactions transactions;
    private final Map<FinancingId, Financing> byId = new ConcurrentHashMap<>();
    private final Map<FinancingId, id.okoce.domain.financing.FinancingRefusal> refusals = new ConcurrentHashMap<>();

    /** A repository whose writes join {@code transactions}. */
    public InMemoryFinancingRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Financing financing) {
        transactions.write(() -> {
            if (byId.putIfAbsent(financing.id(), financing) != null) {
                throw new StaleVersionException("financing " + financing.id(), 0);
            }
            transactions.onRollback(() -> byId.remove(financing.id()));
            return null;
        });
    }

    @Override
    public List<Financing> findByMember(MemberId member) {
        return byId.values().stream().filter(f -> f.memberId().equals(member))
                .sorted(Comparator.comparing(Financing::grantedOn).thenComparing(f -> f.id().value()))
                .toList();
    }

    @Override
    public List<Financing> findByProducts(java.util.Set<id.okoce.domain.financing.ProductId> products,
                                          java.util.Optional<FinancingId> after, int limit) {
        return byId.values().stream().filter(f -> products.contains(f.productId()))
                .filter(f -> after.map(a -> f.id().value().toString().compareTo(a.value().toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(f -> f.id().value().toString())).limit(limit).toList();
    }

    @Override
    public void addRefusal(id.okoce.domain.financing.FinancingRefusal refusal) {
        transactions.write(() -> {
            if (refusals.putIfAbsent(refusal.id(), refusal) != null) {
                throw new StaleVersionException("financing refusal " + refusal.id(), 0);
            }
            transactions.onRollback(() -> refusals.remove(refusal.id()));
            return null;
        });
    }

    @Override
    public List<id.okoce.domain.financing.FinancingRefusal> refusalsOf(MemberId member) {
        return refusals.values().stream().filter(r -> r.memberId().equals(member))
                .sorted(Comparator.comparing(id.okoce.domain.financing.FinancingRefusal::decidedOn)
                        .thenComparing(r -> r.id().value().toString())).toList();
    }

    @Override
    public void forgetReferences(MemberId member) {
        transactions.write(() -> {
            for (var r : refusalsOf(member)) {
                refusals.put(r.id(), new id.okoce.domain.financing.FinancingRefusal(r.id(), r.memberId(), r.productId(), r.amount(),
                        r.decidedOn(), r.reason(), java.util.Optional.empty()));
                transactions.onRollback(() -> refusals.put(r.id(), r));
            }
            for (Financing f : findByMember(member)) {
                byId.put(f.id(), new Financing(f.id(), f.memberId(), f.productId(), f.amount(), f.grantedOn(), f.termMonths(), ""));
                transactions.onRollback(() -> byId.put(f.id(), f));
            }
            return null;
        });
    }
}
