package id.okoce.application.memory;

import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Partners in memory. */
public final class InMemoryPartnerRepository implements PartnerRepository {

    private final InMemoryTransactions transactions;
    private final Map<PartnerId, Partner> byId = new ConcurrentHashMap<>();

    /** A repository whose writes join {@code transactions}. */
    public InMemoryPartnerRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Partner save(Partner partner) {
        return transactions.write(() -> {
            Partner stored = byId.get(partner.id());
            boolean fresh = partner.version() == 0 && stored == null;
            boolean current = stored != null && stored.version() == partner.version();
            if (!fresh && !current) {
                throw new StaleVersionException("partner " + partner.id(), partner.version());
            }
            Partner saved = partner.withVersion(partner.version() + 1);
            byId.put(saved.id(), saved);
            transactions.onRollback(() -> {
                if (stored == null) {
                    byId.remove(saved.id());
                } else {
                    byId.put(stored.id(), stored);
                }
            });
            return saved;
        });
    }

    @Override
    public Optional<Partner> findById(PartnerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Partner> find(Optional<ProvinceCode> province, Optional<PartnerStatus> status) {
        return byId.values().stream()
                .filter(p -> province.map(p.province()::equals).orElse(true))
                .filter(p -> status.map(s -> s == p.status()).orElse(true))
                .sorted(Comparator.comparing(Partner::registeredOn).thenComparing(Partner::name)
                        .thenComparing(p -> p.id().value()))
                .toList();
    }
}
