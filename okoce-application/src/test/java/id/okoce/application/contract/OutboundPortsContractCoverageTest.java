package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.out.OutboundPorts;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's one entry point covers every port: a port added to {@link OutboundPorts} without its contract in the kit fails here. */
class OutboundPortsContractCoverageTest {

    @Test
    void every_port_has_its_contract_in_the_kit() {
        List<String> suites = Arrays.stream(OutboundPortsContract.class.getDeclaredClasses())
                .map(c -> c.getSuperclass().getSimpleName()).toList();
        for (RecordComponent port : OutboundPorts.class.getRecordComponents()) {
            String contract = port.getType().getSimpleName() + "Contract";
            assertThat(suites).as("OutboundPortsContract runs %s for the port %s", contract, port.getName()).contains(contract);
        }
    }
}
