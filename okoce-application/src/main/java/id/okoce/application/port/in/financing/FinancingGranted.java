package id.okoce.application.port.in.financing;

import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.member.Member;
import java.util.Objects;
import java.util.Optional;

/**
 * What recording financing produced.
 *
 * @param financing        the record
 * @param decision         the eligibility decision it rests on (eligible, or undecided where facts held
 *                         elsewhere were unknown and the bank vouched for them by granting)
 * @param member           the member afterwards
 * @param capitalStageOpen why P7 (Permodalan) stays open, when the programme's prerequisites for it do
 *                         not hold (e.g. a KUR loan to a member without P5 and P6, or in a province with no
 *                         bank agreement); empty when P7 is done
 */
public record FinancingGranted(Financing financing, FinancingDecision decision, Member member,
                               Optional<CapitalStageOpen> capitalStageOpen) {

    /** Checks the parts are present. */
    public FinancingGranted {
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(capitalStageOpen, "capitalStageOpen");
    }

    /**
     * Why P7 was not completed by this financing.
     *
     * @param code    the stage rule's stable code, e.g. {@code STAGE_OUT_OF_ORDER}
     * @param message a human sentence
     */
    public record CapitalStageOpen(String code, String message) {
    }
}
