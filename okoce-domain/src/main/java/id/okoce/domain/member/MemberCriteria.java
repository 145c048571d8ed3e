package id.okoce.domain.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import java.util.Objects;
import java.util.Optional;

/**
 * What to look for in a member search; every filter is optional and they combine with AND.
 *
 * @param province     domicile province
 * @param regency      domicile kabupaten/kota
 * @param kecamatan    domicile kecamatan
 * @param stageReached members who have done this stage
 * @param registeredBy members registered by this partner
 * @param after        start strictly after this member number (the keyset cursor)
 * @param limit        page size, 1–500
 */
public record MemberCriteria(Optional<ProvinceCode> province, Optional<RegencyCode> regency,
                             Optional<KecamatanCode> kecamatan, Optional<Stage> stageReached,
                             Optional<PartnerId> registeredBy, Optional<MemberNumber> after, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 500;

    /** Checks every part is present and the limit is 1–500. */
    public MemberCriteria {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(regency, "regency");
        Objects.requireNonNull(kecamatan, "kecamatan");
        Objects.requireNonNull(stageReached, "stageReached");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException(MemberError.QUERY_LIMIT_INVALID, "limit",
                    "limit must be 1–" + MAX_LIMIT + ", got " + limit);
        }
    }

    /** No filter, first page of {@code limit}. */
    public static MemberCriteria all(int limit) {
        return new MemberCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    /** The same filters, starting after {@code cursor}. */
    public MemberCriteria after(MemberNumber cursor) {
        return new MemberCriteria(province, regency, kecamatan, stageReached, registeredBy, Optional.of(cursor), limit);
    }

    /**
     * These criteria as {@code actor} may apply them: a partner's search is confined to its own
     * province; empty when the actor asked for a province it may not see (nothing to find).
     */
    public Optional<MemberCriteria> asSeenBy(Actor actor) {
        if (province.isPresent() && !actor.canSee(province.get())) {
            return Optional.empty();
        }
        return Optional.of(actor instanceof Actor.PartnerActor partner ? inProvince(partner.province()) : this);
    }

    /**
     * Whether {@code member} passes every filter of these criteria (the cursor and the limit are
     * paging, not filters): what a store that filters in memory applies to each member.
     */
    public boolean matches(Member member) {
        return province.map(member.province()::equals).orElse(true)
                && regency.map(member.domicile().regency()::equals).orElse(true)
                && kecamatan.map(member.domicile()::equals).orElse(true)
                && stageReached.map(member.stages()::isDone).orElse(true)
                && registeredBy.map(p -> member.registeredBy().equals(Optional.of(p))).orElse(true);
    }

    /** The same, restricted to {@code only}. */
    public MemberCriteria inProvince(ProvinceCode only) {
        return new MemberCriteria(Optional.of(only), regency, kecamatan, stageReached, registeredBy, after, limit);
    }
}
