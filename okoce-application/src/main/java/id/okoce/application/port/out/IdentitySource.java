package id.okoce.application.port.out;

import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;

/**
 * Hands out fresh ids and member numbers. Member numbers are unique per province and increase;
 * gaps are allowed (a rolled-back registration may use one up), repeats never, even across threads.
 */
public interface IdentitySource {

    /** A fresh member id. */
    MemberId newMemberId();

    /**
     * The next member number in {@code province}: never one given before, and greater than any this
     * source gave before for that province. Numbers may be skipped (a refused registration, a
     * restart of a source that reserves numbers ahead); they never repeat.
     */
    MemberNumber nextMemberNumber(ProvinceCode province);

    /** A fresh partner id. */
    PartnerId newPartnerId();

    /** A fresh agreement id. */
    AgreementId newAgreementId();

    /** A fresh financing id. */
    FinancingId newFinancingId();
}
