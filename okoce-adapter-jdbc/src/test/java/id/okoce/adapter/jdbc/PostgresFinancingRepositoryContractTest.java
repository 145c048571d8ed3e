package id.okoce.adapter.jdbc;

import id.okoce.application.contract.FinancingRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the FinancingRepository contract. */
class PostgresFinancingRepositoryContractTest extends FinancingRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
