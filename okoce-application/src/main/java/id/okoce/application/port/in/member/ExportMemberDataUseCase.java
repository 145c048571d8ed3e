package id.okoce.application.port.in.member;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import java.util.List;
import java.util.Objects;

/**
 * The person's right of access (UU PDP): everything the network holds about a member — identity
 * with the full NIK, business, stages and their evidence, financing, every correction with its
 * values, and the record of processing — in one answer, for the hub answering the person's
 * request. The export is itself recorded as a read.
 */
public interface ExportMemberDataUseCase {

    /** The purpose recorded when the caller names none. */
    String ACCESS_REQUEST = "access-request";

    /**
     * Everything held about the member.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for anyone but the hub,
     *         {@code MEMBER_NOT_FOUND}, {@code MEMBER_ERASED}
     */
    Revealed<MemberExport> export(Actor actor, MemberId id, String purpose);

    /**
     * Everything held about a member.
     *
     * @param member     the member, with the full NIK
     * @param financings its financing
     * @param refusals   the banks' refusals of its applications
     * @param changes    every change, values in full, oldest first
     * @param reads      every read of its data, this export's included, oldest first
     */
    record MemberExport(Member member, List<Financing> financings, List<id.okoce.domain.financing.FinancingRefusal> refusals,
                        List<AuditEntry> changes, List<ReadRecord> reads) {
        /** Copies the lists. */
        public MemberExport {
            Objects.requireNonNull(member, "member");
            financings = List.copyOf(financings);
            refusals = List.copyOf(refusals);
            changes = List.copyOf(changes);
            reads = List.copyOf(reads);
        }
    }
}
