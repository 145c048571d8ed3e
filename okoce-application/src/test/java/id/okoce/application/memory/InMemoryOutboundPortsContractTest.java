package id.okoce.application.memory;

import id.okoce.application.contract.OutboundPortsContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters pass the whole contract kit (they do not outlive themselves, so reopening is not checked). */
class InMemoryOutboundPortsContractTest extends OutboundPortsContract {

    private static final OutboundPorts PORTS = InMemoryAdapters.create();

    @Override
    protected OutboundPorts adapters() {
        return PORTS;
    }
}
