package id.okoce.application.memory;

import id.okoce.application.contract.IdempotencyStoreContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the IdempotencyStore contract. */
class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
