package id.okoce.adapter.jdbc;

import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.service.ConcurrentStageCompletionTest;
import org.junit.jupiter.api.Test;

/** Eight threads race on one member's stages in PostgreSQL: one winner per version, no lost update. */
class PostgresConcurrentStageCompletionTest extends ConcurrentStageCompletionTest {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }

    @Test
    void eight_threads_one_winner_per_version() throws Exception {
        race();
    }
}
