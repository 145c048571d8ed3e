package id.okoce.application.port.out;

import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.member.MemberId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The record of every read of a member's personal data. Append-only: nothing recorded is ever
 * changed or removed (a read record holds no personal data, only whose data was read).
 *
 * <p>Reads are many (every member detail, every search result), so a store may gather the
 * records of many requests into one write: {@link #record} returns at once, and its future
 * completes once the records are durably stored — the caller hands the data out only then. The
 * future fails ({@link StorageUnavailableException}) when they could not be stored, and the data
 * must then not be handed out. Records are not part of any {@link Transactions} transaction.
 * Complete the future on a thread of the store's own, never the one that commits the next batch:
 * callers may run short work on it when it completes (the HTTP adapter writes its answer there).
 */
public interface ReadRecords {

    /** Records {@code reads}; the future completes once they are stored for good. */
    CompletableFuture<Void> record(List<ReadRecord> reads);

    /** Every read of the member's data, oldest first (and of the members merged into it, in a store that merges). */
    List<ReadRecord> ofMember(MemberId member);
}
