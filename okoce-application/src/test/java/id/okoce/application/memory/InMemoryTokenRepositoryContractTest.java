package id.okoce.application.memory;

import id.okoce.application.contract.TokenRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the TokenRepository contract. */
class InMemoryTokenRepositoryContractTest extends TokenRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
