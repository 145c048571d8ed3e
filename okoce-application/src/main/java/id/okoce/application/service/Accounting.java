package id.okoce.application.service;

import id.okoce.application.port.out.AuditTrail;
import id.okoce.application.port.out.ReadRecords;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.region.ProvinceCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What every service records of what it does: an audit entry for each change, appended in the
 * change's transaction, and a read record for each member whose personal data an answer reveals.
 * The origin (request id, route) comes from the adapter serving the call.
 */
public final class Accounting {

    private final AuditTrail trail;
    private final ReadRecords reads;
    private final Clock clock;
    private final Supplier<Origin> origin;

    /**
     * The accounting of one core.
     *
     * @param trail  where changes are appended
     * @param reads  where reads are recorded
     * @param clock  the time of each record
     * @param origin the request or command being served on the calling thread
     */
    public Accounting(AuditTrail trail, ReadRecords reads, Clock clock, Supplier<Origin> origin) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The origin of the call being served on this thread. */
    Origin origin() {
        return Objects.requireNonNull(origin.get(), "origin");
    }

    /** An entry for a change made by {@code actor} now, not yet appended. */
    AuditEntry entry(Actor actor, AuditAction action, String objectId, Optional<MemberId> member, Optional<ProvinceCode> province,
                     List<FieldChange> changes, Optional<String> reason) {
        return new AuditEntry(clock.instant(), Who.of(actor), origin(), action, objectId, member, province, changes, reason);
    }

    /** Appends the record of a change, in the current transaction. */
    void changed(Actor actor, AuditAction action, String objectId, Optional<ProvinceCode> province, List<FieldChange> changes,
                 Optional<String> reason) {
        trail.append(entry(actor, action, objectId, Optional.empty(), province, changes, reason));
    }

    /** Appends the record of a change to {@code member} (as it is after the change), in the current transaction. */
    void memberChanged(Actor actor, AuditAction action, Member member, List<FieldChange> changes, Optional<String> reason) {
        trail.append(entry(actor, action, member.id().toString(), Optional.of(member.id()), Optional.of(member.province()), changes,
                reason));
    }

    /** Records that {@code members}' personal data is revealed to {@code actor} for {@code purpose}; completes once stored. */
    CompletableFuture<Void> revealed(Actor actor, String purpose, Collection<MemberId> members) {
        if (members.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Instant at = clock.instant();
        Who who = Who.of(actor);
        Origin from = origin();
        return reads.record(members.stream().map(m -> new ReadRecord(at, who, from, purpose, m)).toList());
    }

    /** The audit trail. */
    AuditTrail trail() {
        return trail;
    }

    /** The read records. */
    ReadRecords reads() {
        return reads;
    }
}
