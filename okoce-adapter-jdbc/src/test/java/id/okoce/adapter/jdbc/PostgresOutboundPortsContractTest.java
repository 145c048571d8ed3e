package id.okoce.adapter.jdbc;

import id.okoce.application.contract.OutboundPortsContract;
import id.okoce.application.port.out.OutboundPorts;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * The PostgreSQL adapters pass the whole contract kit, reopening included: reopened, they are new
 * adapters on a new connection pool to the same database, as after a restart of the service.
 */
class PostgresOutboundPortsContractTest extends OutboundPortsContract {

    private static PostgresDatabase reopenedPool;

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }

    @Override
    protected Optional<OutboundPorts> reopened() {
        synchronized (PostgresOutboundPortsContractTest.class) {
            if (reopenedPool != null) {
                reopenedPool.close();
            }
            reopenedPool = PostgresDatabase.open(TestDatabase.get().database().config());
            return Optional.of(PostgresAdapters.create(reopenedPool.dataSource(), TestDatabase.get().vault()));
        }
    }

    @AfterAll
    static void closePool() {
        if (reopenedPool != null) {
            reopenedPool.close();
        }
    }
}
