package id.okoce.application.memory;

import id.okoce.application.contract.FinancingRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the FinancingRepository contract. */
class InMemoryFinancingRepositoryContractTest extends FinancingRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
