package id.okoce.application.memory;

import id.okoce.application.contract.ImportJobRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the ImportJobRepository contract. */
class InMemoryImportJobRepositoryContractTest extends ImportJobRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
