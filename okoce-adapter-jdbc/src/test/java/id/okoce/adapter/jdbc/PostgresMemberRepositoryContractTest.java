package id.okoce.adapter.jdbc;

import id.okoce.application.contract.MemberRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The PostgreSQL adapters keep the MemberRepository contract. */
class PostgresMemberRepositoryContractTest extends MemberRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }
}
