package id.okoce.adapter.jdbc;

import id.okoce.adapter.jdbc.access.TokenCache;
import id.okoce.application.contract.TokenRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL adapters keep the TokenRepository contract with token lookups cached, as the service runs them. */
class PostgresCachedTokenRepositoryContractTest extends TokenRepositoryContract {

    private static TokenCache cache;
    private static OutboundPorts ports;

    @BeforeAll
    static void listen() throws InterruptedException {
        PostgresDatabase database = TestDatabase.get().database();
        cache = TokenCache.listening(database::connectOutsidePool);
        if (!cache.awaitLive(Duration.ofSeconds(10))) {
            throw new IllegalStateException("the token listener did not start");
        }
        ports = PostgresAdapters.create(database.dataSource(), TestDatabase.get().vault(), Optional.of(cache));
    }

    @AfterAll
    static void close() {
        cache.close();
    }

    @Override
    protected OutboundPorts adapters() {
        return ports;
    }
}
