package id.okoce.application.memory;

import id.okoce.application.contract.TransactionsContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the Transactions contract. */
class InMemoryTransactionsContractTest extends TransactionsContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
