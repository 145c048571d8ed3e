package id.okoce.adapter.jdbc;

import id.okoce.application.contract.MemberImportStoreContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the MemberImportStore contract. */
class PostgresMemberImportStoreContractTest extends MemberImportStoreContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
