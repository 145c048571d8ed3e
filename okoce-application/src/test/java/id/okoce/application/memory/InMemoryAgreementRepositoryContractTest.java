package id.okoce.application.memory;

import id.okoce.application.contract.AgreementRepositoryContract;
import id.okoce.application.port.out.OutboundPorts;

/** The in-memory adapters keep the AgreementRepository contract. */
class InMemoryAgreementRepositoryContractTest extends AgreementRepositoryContract {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }
}
