package id.okoce.application.port.in.member;

import id.okoce.application.port.in.Revealed;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.member.MemberId;
import java.util.List;
import java.util.Objects;

/**
 * What the network did with a member's data, for the hub and the partner of the member's
 * province: the history of changes, and the full record of processing (every change and every
 * read). Personal values are masked; reading either is itself recorded.
 */
public interface MemberRecordsUseCase {

    /** The purpose recorded for reading a history. */
    String HISTORY = "member-history";
    /** The purpose recorded for reading a processing record. */
    String PROCESSING_RECORD = "processing-record";

    /**
     * Every change to the member, oldest first, personal values masked.
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}, {@code MEMBER_ERASED}
     */
    Revealed<List<AuditEntry>> history(Actor actor, MemberId id);

    /**
     * Every change and every read of the member's data, oldest first, personal values masked.
     * Answered for an erased member too (what was done with the data stays accountable).
     *
     * @throws id.okoce.domain.shared.DomainException {@code MEMBER_NOT_FOUND}
     */
    Revealed<ProcessingRecord> processingRecord(Actor actor, MemberId id);

    /**
     * A member's record of processing.
     *
     * @param member  the member
     * @param erased  whether its identity and contact data were erased
     * @param changes every change, oldest first
     * @param reads   every read of its data, oldest first
     */
    record ProcessingRecord(MemberId member, boolean erased, List<AuditEntry> changes, List<ReadRecord> reads) {
        /** Copies the lists. */
        public ProcessingRecord {
            Objects.requireNonNull(member, "member");
            changes = List.copyOf(changes);
            reads = List.copyOf(reads);
        }
    }
}
