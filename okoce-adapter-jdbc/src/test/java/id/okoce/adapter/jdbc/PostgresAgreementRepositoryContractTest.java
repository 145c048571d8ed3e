package id.okoce.adapter.jdbc;

import id.okoce.application.contract.AgreementRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the AgreementRepository contract. */
class PostgresAgreementRepositoryContractTest extends AgreementRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
