package id.okoce.adapter.jdbc;

import id.okoce.application.contract.PartnerRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the PartnerRepository contract. */
class PostgresPartnerRepositoryContractTest extends PartnerRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
