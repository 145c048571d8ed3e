package id.okoce.application.memory;

import id.okoce.application.contract.PartnerRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the PartnerRepository contract. */
class InMemoryPartnerRepositoryContractTest extends PartnerRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
