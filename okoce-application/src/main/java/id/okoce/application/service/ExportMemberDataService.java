package id.okoce.application.service;

import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.member.ExportMemberDataUseCase;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Everything held about a member, for the hub answering the person's request of access. */
public final class ExportMemberDataService implements ExportMemberDataUseCase {

    private final MemberRepository members;
    private final FinancingRepository financings;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public ExportMemberDataService(MemberRepository members, FinancingRepository financings, Accounting accounting, Clock clock) {
        this.members = members;
        this.financings = financings;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Revealed<MemberExport> export(Actor actor, MemberId id, String purpose) {
        actor.requireHub("export what is held about a member");
        String why = ReadMembersService.Purposes.check(purpose);
        Member member = Lookups.visibleMember(members, actor, id);
        List<ReadRecord> reads = new ArrayList<>(accounting.reads().ofMember(member.id()));
        reads.add(new ReadRecord(clock.instant(), Who.of(actor), accounting.origin(), why, member.id()));
        MemberExport export = new MemberExport(member, financings.findByMember(member.id()), financings.refusalsOf(member.id()),
                accounting.trail().ofMember(member.id()),
                reads);
        return new Revealed<>(export, accounting.revealed(actor, why, List.of(member.id())));
    }
}
