package id.okoce.adapter.jdbc.member;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.adapter.jdbc.support.TimeOrderedIds;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.StorageUnavailableException;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Time-ordered UUIDs, and member numbers from the per-province sequences {@code member_seq_PP}
 * (non-transactional: a rolled-back registration leaves a gap, never a repeat). Numbers are drawn
 * {@value #BLOCK} at a time per province and handed out in order, so most registrations need no
 * round trip for their number; a stop leaves at most {@value #BLOCK} − 1 unused numbers per province.
 * Two services on one database each hand out increasing numbers from their own blocks.
 */
public final class JdbcIdentitySource implements IdentitySource {

    /** Member numbers drawn per round trip and province. */
    static final int BLOCK = 8;

    private final JdbiTransactions transactions;

    /** Numbers drawn through {@code transactions}. */
    public JdbcIdentitySource(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public MemberId newMemberId() {
        return new MemberId(TimeOrderedIds.next());
    }

    /**
     * One province's reserved numbers. Drawing a block holds the lock for a round trip; a thread
     * that queued behind a draw that failed does not try again on a database that just failed to
     * answer (the waits would add up, one bound per thread in the queue): it fails at once.
     */
    private static final class Reserve {
        final ReentrantLock lock = new ReentrantLock();
        final Deque<Long> numbers = new ArrayDeque<>(BLOCK);
        /** Whether a draw failed, and its {@link System#nanoTime}. */
        boolean failed;
        long failedAt;
    }

    private final Map<ProvinceCode, Reserve> reserves = new ConcurrentHashMap<>();

    @Override
    public MemberNumber nextMemberNumber(ProvinceCode province) {
        Reserve reserve = reserves.computeIfAbsent(province, p -> new Reserve());
        long arrived = System.nanoTime();
        reserve.lock.lock();
        try {
            if (reserve.numbers.isEmpty()) {
                if (reserve.failed && reserve.failedAt - arrived > 0) {
                    throw new StorageUnavailableException("the database failed to hand out member numbers for province "
                            + province.value() + " while this request waited for them", null);
                }
                try {
                    reserve.numbers.addAll(transactions.withHandle(h -> h.createQuery(
                                    "SELECT nextval(CAST(:sequence AS regclass)) AS n FROM generate_series(1, :block) ORDER BY n")
                            .bind("sequence", "member_seq_" + province.value()).bind("block", BLOCK).mapTo(Long.class).list()));
                } catch (RuntimeException failure) {
                    reserve.failed = true;
                    reserve.failedAt = System.nanoTime();
                    throw failure;
                }
            }
            return new MemberNumber(province, reserve.numbers.removeFirst());
        } finally {
            reserve.lock.unlock();
        }
    }

    @Override
    public PartnerId newPartnerId() {
        return new PartnerId(TimeOrderedIds.next());
    }

    @Override
    public AgreementId newAgreementId() {
        return new AgreementId(TimeOrderedIds.next());
    }

    @Override
    public FinancingId newFinancingId() {
        return new FinancingId(TimeOrderedIds.next());
    }
}
