package id.okoce.adapter.jdbc;

import id.okoce.application.contract.IdempotencyStoreContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the IdempotencyStore contract. */
class PostgresIdempotencyStoreContractTest extends IdempotencyStoreContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
