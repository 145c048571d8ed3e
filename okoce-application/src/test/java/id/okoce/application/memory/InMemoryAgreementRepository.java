package id.okoce.application.memory;

import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Cooperation agreements in memory. */
public final class InMemoryAgreementRepository implements AgreementRepository {

    private static final Comparator<CooperationAgreement> ORDER = Comparator
            .comparing((CooperationAgreement a) -> a.province())
            .thenComparing(CooperationAgreement::validFrom)
            .thenComparing(a -> a.id().value());

    private final InMemoryTransactions transactions;
    private final Map<AgreementId, CooperationAgreement> byId = new ConcurrentHashMap<>();

    /** A repository whose writes join {@code transactions}. */
    public InMemoryAgreementRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(CooperationAgreement agreement) {
        transactions.write(() -> {
            if (byId.putIfAbsent(agreement.id(), agreement) != null) {
                throw new StaleVersionException("agreement " + agreement.id(), 0);
            }
            transactions.onRollback(() -> byId.remove(agreement.id()));
            return null;
        });
    }

    @Override
    public boolean replace(CooperationAgreement agreement) {
        return transactions.write(() -> {
            CooperationAgreement before = byId.get(agreement.id());
            if (before == null) {
                return false;
            }
            byId.put(agreement.id(), agreement);
            transactions.onRollback(() -> byId.put(agreement.id(), before));
            return true;
        });
    }

    @Override
    public Optional<CooperationAgreement> findById(AgreementId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<CooperationAgreement> findByPartner(PartnerId partner) {
        return select(a -> a.partnerId().equals(partner));
    }

    @Override
    public List<CooperationAgreement> findByProvince(ProvinceCode province) {
        return select(a -> a.province().equals(province));
    }

    @Override
    public List<CooperationAgreement> findAll() {
        return select(a -> true);
    }

    private List<CooperationAgreement> select(Predicate<CooperationAgreement> filter) {
        return byId.values().stream().filter(filter).sorted(ORDER).toList();
    }
}
