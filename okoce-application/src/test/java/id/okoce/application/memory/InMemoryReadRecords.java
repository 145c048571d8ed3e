package id.okoce.application.memory;

import id.okoce.application.port.out.ReadRecords;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.member.MemberId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Read records in memory: stored at once, so the future is complete when returned. */
public final class InMemoryReadRecords implements ReadRecords {

    private final List<ReadRecord> records = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<Void> record(List<ReadRecord> reads) {
        records.addAll(reads);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized List<ReadRecord> ofMember(MemberId member) {
        return records.stream().filter(r -> r.member().equals(member)).toList();
    }
}
