package id.okoce.domain.audit;

import id.okoce.domain.member.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * One member's personal data revealed to someone: when, to whom, through which request and route,
 * and for what purpose. Every answer that shows a member's personal data leaves one per member.
 *
 * @param at      when
 * @param who     to whom
 * @param origin  the request and route
 * @param purpose why (e.g. {@code member-detail}, {@code access-request}, or the purpose a NIK reveal gave)
 * @param member  whose data
 */
public record ReadRecord(Instant at, Who who, Origin origin, String purpose, MemberId member) {

    /** The longest purpose. */
    public static final int MAX_PURPOSE = 200;

    /** Checks the parts; a purpose has 1–200 characters. */
    public ReadRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(member, "member");
        if (purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("a purpose has 1–" + MAX_PURPOSE + " characters");
        }
    }
}
