package id.okoce.application.port.in.financing;

import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.member.Member;

/**
 * What recording financing produced.
 *
 * @param financing the record
 * @param decision  the eligibility decision it rests on
 * @param member    the member afterwards (P7 done)
 */
public record FinancingGranted(Financing financing, FinancingDecision decision, Member member) {
}
