package id.okoce.application.memory;

import id.okoce.application.port.out.IdentitySource;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Random ids and one counter per province for member numbers. */
public final class InMemoryIdentitySource implements IdentitySource {

    private final Map<ProvinceCode, AtomicLong> sequences = new ConcurrentHashMap<>();

    @Override
    public MemberId newMemberId() {
        return MemberId.random();
    }

    @Override
    public MemberNumber nextMemberNumber(ProvinceCode province) {
        return new MemberNumber(province, sequences.computeIfAbsent(province, p -> new AtomicLong()).incrementAndGet());
    }

    @Override
    public PartnerId newPartnerId() {
        return PartnerId.random();
    }

    @Override
    public AgreementId newAgreementId() {
        return AgreementId.random();
    }

    @Override
    public FinancingId newFinancingId() {
        return FinancingId.random();
    }
}
