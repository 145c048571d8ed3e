package id.okoce.adapter.jdbc.member;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.adapter.jdbc.support.TimeOrderedIds;
import id.okoce.application.port.out.IdentitySource;
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
    private final Map<ProvinceCode, Deque<Long>> reserved = new ConcurrentHashMap<>();

    /** Numbers drawn through {@code transactions}. */
    public JdbcIdentitySource(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public MemberId newMemberId() {
        return new MemberId(TimeOrderedIds.next());
    }

    @Override
    public MemberNumber nextMemberNumber(ProvinceCode province) {
        Deque<Long> numbers = reserved.computeIfAbsent(province, p -> new ArrayDeque<>(BLOCK));
        synchronized (numbers) {
            if (numbers.isEmpty()) {
                numbers.addAll(transactions.withHandle(h -> h.createQuery(
                                "SELECT nextval(CAST(:sequence AS regclass)) AS n FROM generate_series(1, :block) ORDER BY n")
                        .bind("sequence", "member_seq_" + province.value()).bind("block", BLOCK).mapTo(Long.class).list()));
            }
            return new MemberNumber(province, numbers.removeFirst());
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
