package id.okoce.adapter.jdbc;

import id.okoce.application.contract.NetworkStatisticsContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the NetworkStatistics contract. */
class PostgresNetworkStatisticsContractTest extends NetworkStatisticsContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
