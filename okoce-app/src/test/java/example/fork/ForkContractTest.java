package example.fork;

import id.okoce.application.contract.OutboundPortsContract;
import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.out.OutboundPorts;
import java.util.Optional;

/**
 * The fork passes the whole kit through its one entry point: its own member store on a ledger,
 * the library's in-memory adapters for the five other ports, and a restart (new adapters on the same
 * ledger) for the reopening checks.
 */
class ForkContractTest extends OutboundPortsContract {

    private static final Ledger LEDGER = new Ledger();
    private static final OutboundPorts THE_REST = InMemoryAdapters.create();
    private static final OutboundPorts PORTS = THE_REST.withMemberStore(LedgerStore.open(LEDGER, THE_REST.transactions()));

    @Override
    protected OutboundPorts adapters() {
        return PORTS;
    }

    @Override
    protected Optional<OutboundPorts> reopened() {
        return Optional.of(THE_REST.withMemberStore(LedgerStore.open(LEDGER, THE_REST.transactions())));
    }
}
