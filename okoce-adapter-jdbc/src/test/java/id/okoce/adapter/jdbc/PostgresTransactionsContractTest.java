package id.okoce.adapter.jdbc;

import id.okoce.application.contract.TransactionsContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the Transactions contract. */
class PostgresTransactionsContractTest extends TransactionsContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
