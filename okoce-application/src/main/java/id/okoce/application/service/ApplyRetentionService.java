package id.okoce.application.service;

import id.okoce.application.port.in.member.ApplyRetentionUseCase;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erases members past the retention period, a batch at a time, each member in a transaction of
 * its own (a run stopped half-way has erased whole members, and the next run goes on).
 */
public final class ApplyRetentionService implements ApplyRetentionUseCase {

    /** Members looked up per batch. */
    static final int BATCH = 500;

    private final MemberRepository members;
    private final EraseMemberService erasures;
    private final Optional<Period> retention;
    private final Clock clock;

    /** Wires the service; {@code retention} empty means retention is off. */
    public ApplyRetentionService(MemberRepository members, EraseMemberService erasures, Optional<Period> retention, Clock clock) {
        this.members = members;
        this.erasures = erasures;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public RetentionReport apply(Actor actor, boolean dryRun) {
        actor.requireHub("apply the retention period");
        if (retention.isEmpty()) {
            return new RetentionReport(Optional.empty(), Optional.empty(), Map.of(), 0);
        }
        LocalDate cutoff = LocalDate.now(clock).minus(retention.get());
        Map<ProvinceCode, Long> found = members.countInactiveSince(cutoff);
        long erased = 0;
        if (!dryRun) {
            List<Member> batch;
            do {
                batch = members.inactiveSince(cutoff, BATCH);
                long before = erased;
                for (Member member : batch) {
                    if (erasures.eraseInactive(actor, member)) {
                        erased++;
                    }
                }
                if (erased == before) {
                    break;
                }
            } while (batch.size() == BATCH);
        }
        return new RetentionReport(retention, Optional.of(cutoff), found, erased);
    }
}
