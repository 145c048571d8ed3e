package id.okoce.app;

import id.okoce.application.port.out.ReadRecords;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.member.MemberId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Read records turned off ({@code --read-records off}): nothing is stored. It exists to measure
 * what recording costs (the benchmark compares the two in one run); a service run this way does
 * not meet UU PDP's duty to account for reads, and says so in its log at start.
 */
enum ReadsNotRecorded implements ReadRecords {
    /** The one instance. */
    INSTANCE;

    @Override
    public CompletableFuture<Void> record(List<ReadRecord> reads) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public List<ReadRecord> ofMember(MemberId member) {
        return List.of();
    }
}
