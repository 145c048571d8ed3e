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

/**
 * Time-ordered UUIDs, and member numbers from the per-province sequences {@code member_seq_PP}
 * (non-transactional: a rolled-back registration leaves a gap, never a repeat).
 */
public final class JdbcIdentitySource implements IdentitySource {

    private final JdbiTransactions transactions;

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
        long sequence = transactions.withHandle(h -> h.createQuery("SELECT nextval(CAST(:sequence AS regclass))")
                .bind("sequence", "member_seq_" + province.value()).mapTo(Long.class).one());
        return new MemberNumber(province, sequence);
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
