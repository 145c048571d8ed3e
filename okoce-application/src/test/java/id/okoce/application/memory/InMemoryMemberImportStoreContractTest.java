package id.okoce.application.memory;

import id.okoce.application.contract.MemberImportStoreContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the MemberImportStore contract. */
class InMemoryMemberImportStoreContractTest extends MemberImportStoreContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
