package id.okoce.application.memory;

import id.okoce.application.contract.FinancingProductRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the FinancingProductRepository contract. */
class InMemoryFinancingProductRepositoryContractTest extends FinancingProductRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
