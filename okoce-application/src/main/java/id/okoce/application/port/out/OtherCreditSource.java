package id.okoce.application.port.out;

import id.okoce.domain.financing.OtherCredit;
import id.okoce.domain.member.Member;
import java.time.LocalDate;

/**
 * Where facts about a borrower's other productive credit come from: a source outside the network
 * (for KUR, SIKP — the government's KUR information system) that the network cannot answer for
 * itself. The default, {@link #none()}, knows nothing, so rules that need the fact are
 * {@code UNKNOWN} and a decision that would otherwise pass is "not decided".
 *
 * <p>A fork plugs a real source in through {@code OkoceCore.Builder.otherCredit}. An implementation
 * must answer {@link OtherCredit.Known#UNKNOWN} (with the reason) rather than throw when its source
 * is unreachable, must be safe for many threads, and is called outside any transaction.
 */
@FunctionalInterface
public interface OtherCreditSource {

    /** What the source knows about {@code member}'s other productive credit on {@code on}. */
    OtherCredit otherCreditOf(Member member, LocalDate on);

    /** The default: no source is configured, every answer is unknown. */
    static OtherCreditSource none() {
        return (member, on) -> OtherCredit.unknown("none configured",
                "no source of other productive credit (SIKP) is configured");
    }
}
