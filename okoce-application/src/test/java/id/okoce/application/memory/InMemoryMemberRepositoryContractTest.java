package id.okoce.application.memory;

import id.okoce.application.contract.MemberRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the MemberRepository contract. */
class InMemoryMemberRepositoryContractTest extends MemberRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
