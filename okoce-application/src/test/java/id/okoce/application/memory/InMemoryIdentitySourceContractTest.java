package id.okoce.application.memory;

import id.okoce.application.contract.IdentitySourceContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the IdentitySource contract. */
class InMemoryIdentitySourceContractTest extends IdentitySourceContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
