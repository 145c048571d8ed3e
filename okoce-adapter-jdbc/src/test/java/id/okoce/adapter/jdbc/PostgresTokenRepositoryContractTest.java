package id.okoce.adapter.jdbc;

import id.okoce.application.contract.TokenRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the TokenRepository contract. */
class PostgresTokenRepositoryContractTest extends TokenRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
