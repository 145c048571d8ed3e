package id.okoce.adapter.jdbc.audit;

import id.okoce.adapter.jdbc.support.DatabaseFailures;
import id.okoce.application.port.out.ReadRecords;
import id.okoce.application.port.out.StorageUnavailableException;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.partner.PartnerId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read records in {@code read_records}, written by a group commit: each request's records wait in
 * a queue, and the writer thread takes everything waiting, and what arrives within half a
 * millisecond more (up to {@value #MOST_PER_WRITE} records), and stores it with one INSERT, a
 * transaction of its own; meanwhile the next batch gathers. Under load
 * many requests share one commit; alone, a request waits for one short transaction. The requests
 * of a stored batch are told by a second thread, so that what they do next (an HTTP answer is
 * written from there) never holds up the next commit.
 */
public final class JdbcReadRecords implements ReadRecords, AutoCloseable {

    /** The most records stored by one write. */
    static final int MOST_PER_WRITE = 2_000;
    /**
     * How long a write waits for more records after the first: long enough for the requests in
     * flight to join one commit (fewer, larger commits cost the database less), short beside an
     * answer's time.
     */
    static final long GATHER_NANOS = 500_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcReadRecords.class);
    private static final String INSERT = """
            INSERT INTO read_records (at, member_id, role, token_id, partner_id, actor, request_id, channel, purpose)
            SELECT * FROM unnest(CAST(:at AS timestamptz[]), CAST(:member AS uuid[]), CAST(:role AS text[]), CAST(:token AS uuid[]),
                                 CAST(:partner AS uuid[]), CAST(:actor AS text[]), CAST(:request AS text[]), CAST(:channel AS text[]),
                                 CAST(:purpose AS text[]))""";

    /** The records of one request, and how it is told they are stored. */
    private record Pending(List<ReadRecord> reads, CompletableFuture<Void> stored) {
    }

    private final Jdbi jdbi;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final ExecutorService teller = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "okoce-read-records-told");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    /** Read records on {@code dataSource}, their writer started. */
    public JdbcReadRecords(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
        this.writer = new Thread(this::write, "okoce-read-records");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public CompletableFuture<Void> record(List<ReadRecord> reads) {
        if (reads.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new StorageUnavailableException("the service is stopping", null));
        }
        Pending pending = new Pending(List.copyOf(reads), new CompletableFuture<>());
        queue.add(pending);
        return pending.stored();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int records = first.reads().size();
                long until = System.nanoTime() + GATHER_NANOS;
                for (Pending next; records < MOST_PER_WRITE; ) {
                    long left = until - System.nanoTime();
                    next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    records += next.reads().size();
                }
                store(batch);
                List<Pending> stored = List.copyOf(batch);
                teller.execute(() -> stored.forEach(p -> p.stored().complete(null)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                RuntimeException failure = DatabaseFailures.translate(e);
                LOG.warn("{} read records could not be stored; their answers are refused: {}", batch.size(), failure.getMessage());
                List<Pending> refused = List.copyOf(batch);
                teller.execute(() -> refused.forEach(p -> p.stored().completeExceptionally(failure)));
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<Pending> batch) {
        List<String> at = new ArrayList<>();
        List<String> member = new ArrayList<>();
        List<String> role = new ArrayList<>();
        List<String> token = new ArrayList<>();
        List<String> partner = new ArrayList<>();
        List<String> actor = new ArrayList<>();
        List<String> request = new ArrayList<>();
        List<String> channel = new ArrayList<>();
        List<String> purpose = new ArrayList<>();
        for (Pending pending : batch) {
            for (ReadRecord r : pending.reads()) {
                at.add(r.at().atOffset(ZoneOffset.UTC).toString());
                member.add(r.member().toString());
                role.add(r.who().role().name());
                token.add(r.who().token().map(TokenId::toString).orElse(null));
                partner.add(r.who().partner().map(PartnerId::toString).orElse(null));
                actor.add(r.who().label());
                request.add(r.origin().requestId().orElse(null));
                channel.add(r.origin().channel());
                purpose.add(r.purpose());
            }
        }
        // One statement, committed on its own (autocommit): one round trip per batch. Under load the
        // writer and its database backend wait for a core at every round trip, so a second one (an
        // explicit COMMIT) made each batch take twice as long, and the answers wait for it.
        jdbi.useHandle(h -> h.createUpdate(INSERT).bindArray("at", String.class, at).bindArray("member", String.class, member)
                .bindArray("role", String.class, role).bindArray("token", String.class, token)
                .bindArray("partner", String.class, partner).bindArray("actor", String.class, actor)
                .bindArray("request", String.class, request).bindArray("channel", String.class, channel)
                .bindArray("purpose", String.class, purpose).execute());
    }

    @Override
    public List<ReadRecord> ofMember(MemberId member) {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT * FROM read_records WHERE member_id = ANY (" + JdbcAuditTrail.WITH_MERGED + ") ORDER BY id")
                    .bind("member", member.value())
                    .map((rs, ctx) -> new ReadRecord(rs.getObject("at", OffsetDateTime.class).toInstant(),
                            AccountColumns.who(rs),
                            AccountColumns.origin(rs),
                            rs.getString("purpose"), member))
                    .list());
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(e);
        }
    }

    /** Stops taking records, stores those waiting (for up to five seconds), and stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending left; (left = queue.poll()) != null; ) {
            left.stored().completeExceptionally(new StorageUnavailableException("the service stopped", null));
        }
        teller.shutdown();
    }
}
