package id.okoce.domain.audit;

import id.okoce.domain.member.MemberId;
import id.okoce.domain.region.ProvinceCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change, as the audit trail keeps it: when, who, through which request, what was done to
 * which object, which fields moved and why. Written in the transaction of the change it records,
 * never changed or deleted afterwards (an erasure destroys its personal values, nothing else).
 *
 * @param at       when
 * @param who      who acted
 * @param origin   the request or command it came through
 * @param action   what was done
 * @param objectId the object changed (a member, partner, agreement, product, financing, token or import job id)
 * @param member   the member it concerns, if one
 * @param province the province it concerns (the member's or partner's, after the change), if one
 * @param changes  the fields changed, with their values before and after
 * @param reason   the reason given (a withdrawal, a suspension, an erasure's legal ground), if any
 */
public record AuditEntry(Instant at, Who who, Origin origin, AuditAction action, String objectId, Optional<MemberId> member,
                         Optional<ProvinceCode> province, List<FieldChange> changes, Optional<String> reason) {

    /** Checks the parts; a reason has at most 500 characters. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(province, "province");
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
        reason.ifPresent(r -> {
            if (r.length() > 500) {
                throw new IllegalArgumentException("a reason has at most 500 characters");
            }
        });
    }

    /** The entry with personal values masked (see {@link FieldChange#masked()}). */
    public AuditEntry masked() {
        return new AuditEntry(at, who, origin, action, objectId, member, province,
                changes.stream().map(FieldChange::masked).toList(), reason);
    }

    /** The names of the fields changed. */
    public List<String> fields() {
        return changes.stream().map(FieldChange::field).toList();
    }
}
