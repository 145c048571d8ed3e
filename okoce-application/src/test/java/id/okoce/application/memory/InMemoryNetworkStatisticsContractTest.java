package id.okoce.application.memory;

import id.okoce.application.contract.NetworkStatisticsContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the NetworkStatistics contract. */
class InMemoryNetworkStatisticsContractTest extends NetworkStatisticsContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
