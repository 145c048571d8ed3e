package id.okoce.adapter.jdbc;

import id.okoce.application.contract.ImportJobRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the ImportJobRepository contract. */
class PostgresImportJobRepositoryContractTest extends ImportJobRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
