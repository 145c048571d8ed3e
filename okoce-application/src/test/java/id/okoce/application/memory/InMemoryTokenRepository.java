package id.okoce.application.memory;

import id.okoce.application.port.out.StaleVersionException;
import id.okoce.application.port.out.TokenRepository;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.TokenId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API tokens in memory, by id and by hash. */
public final class InMemoryTokenRepository implements TokenRepository {

    private final InMemoryTransactions transactions;
    private final Map<TokenId, ApiToken> byId = new ConcurrentHashMap<>();
    private final Map<String, TokenId> byHash = new ConcurrentHashMap<>();

    /** A repository whose writes join {@code transactions}. */
    public InMemoryTokenRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(ApiToken token) {
        transactions.write(() -> {
            if (byId.containsKey(token.id()) || byHash.containsKey(token.secretHash())) {
                throw new StaleVersionException("token " + token.id(), 0);
            }
            byId.put(token.id(), token);
            byHash.put(token.secretHash(), token.id());
            transactions.onRollback(() -> {
                byId.remove(token.id());
                byHash.remove(token.secretHash());
            });
            return null;
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return Optional.ofNullable(byHash.get(secretHash)).map(byId::get);
    }

    @Override
    public Optional<ApiToken> findById(TokenId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean revoke(TokenId id, Instant at) {
        return transactions.write(() -> {
            ApiToken token = byId.get(id);
            if (token == null) {
                return false;
            }
            if (token.active()) {
                byId.put(id, new ApiToken(token.id(), token.role(), token.partner(), token.bank(), token.secretHash(),
                        token.createdAt(), Optional.of(at)));
                transactions.onRollback(() -> byId.put(id, token));
            }
            return true;
        });
    }

    @Override
    public boolean any() {
        return !byId.isEmpty();
    }
}
