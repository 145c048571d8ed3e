package id.okoce.adapter.jdbc;

import id.okoce.application.contract.IdentitySourceContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the IdentitySource contract. */
class PostgresIdentitySourceContractTest extends IdentitySourceContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
