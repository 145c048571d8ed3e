package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.member.MemberRecordsUseCase;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;

/** A member's history and record of processing, masked, for whoever may see the member. */
public final class MemberRecordsService implements MemberRecordsUseCase {

    private final MemberRepository members;
    private final Accounting accounting;

    /** Wires the service. */
    public MemberRecordsService(MemberRepository members, Accounting accounting) {
        this.members = members;
        this.accounting = accounting;
    }

    @Override
    public Revealed<List<AuditEntry>> history(Actor actor, MemberId id) {
        actor.requireRole("read members' history", Role.HUB_ADMIN, Role.PARTNER);
        Member member = Lookups.visibleMember(members, actor, id);
        List<AuditEntry> changes = accounting.trail().ofMember(member.id()).stream().map(AuditEntry::masked).toList();
        return new Revealed<>(changes, accounting.revealed(actor, HISTORY, List.of(member.id())));
    }

    @Override
    public Revealed<ProcessingRecord> processingRecord(Actor actor, MemberId id) {
        actor.requireRole("read records of processing", Role.HUB_ADMIN, Role.PARTNER);
        Optional<Member> live = members.findById(id).filter(m -> actor.canSee(m.domicile()));
        boolean erased = live.isEmpty() && members.findErased(id).filter(e -> actor.canSee(e.domicile())).isPresent();
        if (live.isEmpty() && !erased) {
            throw new DomainException(ApplicationError.MEMBER_NOT_FOUND, "id", "no member " + id);
        }
        ProcessingRecord record = new ProcessingRecord(id, erased,
                accounting.trail().ofMember(id).stream().map(AuditEntry::masked).toList(), accounting.reads().ofMember(id));
        return new Revealed<>(record, accounting.revealed(actor, PROCESSING_RECORD, List.of(id)));
    }
}
