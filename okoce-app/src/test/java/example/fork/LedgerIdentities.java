package example.fork;

import id.okoce.application.port.out.IdentitySource;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;

/** Random ids, and member numbers from the ledger's sequences (which outlive these adapters). */
final class LedgerIdentities implements IdentitySource {

    private final Ledger ledger;

    LedgerIdentities(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public MemberId newMemberId() {
        return MemberId.random();
    }

    @Override
    public MemberNumber nextMemberNumber(ProvinceCode province) {
        return new MemberNumber(province, ledger.nextSequence(province));
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
