package id.okoce.adapter.jdbc;

import id.okoce.application.contract.FinancingProductRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the FinancingProductRepository contract. */
class PostgresFinancingProductRepositoryContractTest extends FinancingProductRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
