package example.fork;

import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.member.MemberId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Financing granted, in the ledger: written in the transaction that completes P7. */
final class LedgerFinancings implements FinancingRepository {

    private final Ledger ledger;

    LedgerFinancings(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void add(Financing financing) {
        ledger.transaction(data -> {
            if (data.financings.putIfAbsent(financing.id(), financing) != null) {
                throw new StaleVersionException("financing " + financing.id(), 0);
            }
            return null;
        });
    }

    @Override
    public List<Financing> findByMember(MemberId member) {
        return ledger.view().financings.values().stream().filter(f -> f.memberId().equals(member))
                .sorted(Comparator.comparing(Financing::grantedOn).thenComparing(f -> f.id().value()))
                .toList();
    }

    @Override
    public List<Financing> findByProducts(Set<ProductId> products, Optional<FinancingId> after, int limit) {
        return ledger.view().financings.values().stream().filter(f -> products.contains(f.productId()))
                .filter(f -> after.map(a -> f.id().value().toString().compareTo(a.value().toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(f -> f.id().value().toString())).limit(limit).toList();
    }

    @Override
    public void addRefusal(id.okoce.domain.financing.FinancingRefusal refusal) {
        ledger.transaction(data -> {
            if (data.refusals.putIfAbsent(refusal.id(), refusal) != null) {
                throw new StaleVersionException("financing refusal " + refusal.id(), 0);
            }
            return null;
        });
    }

    @Override
    public List<id.okoce.domain.financing.FinancingRefusal> refusalsOf(MemberId member) {
        return ledger.view().refusals.values().stream().filter(r -> r.memberId().equals(member))
                .sorted(Comparator.comparing(id.okoce.domain.financing.FinancingRefusal::decidedOn)
                        .thenComparing(r -> r.id().value().toString())).toList();
    }

    @Override
    public void forgetReferences(MemberId member) {
        ledger.transaction(data -> {
            data.refusals.replaceAll((id, r) -> r.memberId().equals(member) ? new id.okoce.domain.financing.FinancingRefusal(
                    r.id(), r.memberId(), r.productId(), r.amount(), r.decidedOn(), r.reason(), Optional.empty()) : r);
            data.financings.replaceAll((id, f) -> f.memberId().equals(member)
                    ? new Financing(f.id(), f.memberId(), f.productId(), f.amount(), f.grantedOn(), f.termMonths(), "") : f);
            return null;
        });
    }
}
