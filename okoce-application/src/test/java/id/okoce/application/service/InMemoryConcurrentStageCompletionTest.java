package id.okoce.application.service;

import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.out.OutboundPorts;
import org.junit.jupiter.api.Test;

/** The stage race on the in-memory adapters. */
class InMemoryConcurrentStageCompletionTest extends ConcurrentStageCompletionTest {

    @Override
    protected OutboundPorts adapters() {
        return InMemoryAdapters.create();
    }

    @Test
    void eight_threads_one_winner_per_version() throws Exception {
        race();
    }
}
