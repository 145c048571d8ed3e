package id.okoce.domain.member;

import id.okoce.domain.access.Actor;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to look for in a member search; every filter is optional and they combine with AND.
 * Without a name the results come in member-number order; with one, most alike first
 * ({@link NameQuery}), then in member-number order.
 *
 * @param province     domicile province
 * @param regency      domicile kabupaten/kota
 * @param regencies    domicile in one of these kabupaten/kota (a partner's area); empty for anywhere
 * @param kecamatan    domicile kecamatan
 * @param stageReached members who have done this stage
 * @param registeredBy members registered by this partner
 * @param nik          the member holding this NIK
 * @param number       the member with this number
 * @param phone        members with this mobile number
 * @param name         members with a name like this
 * @param after        start strictly after this cursor (keyset pagination)
 * @param limit        page size, 1–500
 */
public record MemberCriteria(Optional<ProvinceCode> province, Optional<RegencyCode> regency,
                             Set<RegencyCode> regencies, Optional<KecamatanCode> kecamatan, Optional<Stage> stageReached,
                             Optional<PartnerId> registeredBy, Optional<Nik> nik, Optional<MemberNumber> number,
                             Optional<PhoneNumber> phone, Optional<NameQuery> name, Optional<MemberCursor> after, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 500;

    /** Checks every part is present, the limit is 1–500, and a cursor has a score exactly when searching by name. */
    public MemberCriteria {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(regency, "regency");
        regencies = Collections.unmodifiableSortedSet(new TreeSet<>(regencies));
        Objects.requireNonNull(kecamatan, "kecamatan");
        Objects.requireNonNull(stageReached, "stageReached");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException(MemberError.QUERY_LIMIT_INVALID, "limit",
                    "limit must be 1–" + MAX_LIMIT + ", got " + limit);
        }
        if (after.isPresent() && after.get().score().isPresent() != name.isPresent()) {
            throw new DomainException(MemberError.CURSOR_INVALID, "cursor",
                    "the cursor belongs to another search: page on with the nextCursor of the same search");
        }
    }

    /** No filter, first page of {@code limit}. */
    public static MemberCriteria all(int limit) {
        return new MemberCriteria(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** The same filters, starting after {@code cursor}. */
    public MemberCriteria after(MemberCursor cursor) {
        return new MemberCriteria(province, regency, regencies, kecamatan, stageReached, registeredBy, nik, number, phone, name,
                Optional.of(cursor), limit);
    }

    /** The same, in {@code value} only. */
    public MemberCriteria inProvince(ProvinceCode value) {
        return new MemberCriteria(Optional.of(value), regency, regencies, kecamatan, stageReached, registeredBy, nik, number, phone, name, after,
                limit);
    }

    /** The same, in {@code value} only. */
    public MemberCriteria inKecamatan(KecamatanCode value) {
        return new MemberCriteria(province, regency, regencies, Optional.of(value), stageReached, registeredBy, nik, number, phone, name, after,
                limit);
    }

    /** The same, of members who did {@code value}. */
    public MemberCriteria reached(Stage value) {
        return new MemberCriteria(province, regency, regencies, kecamatan, Optional.of(value), registeredBy, nik, number, phone, name, after,
                limit);
    }

    /** The same, of the member holding {@code value}. */
    public MemberCriteria withNik(Nik value) {
        return new MemberCriteria(province, regency, regencies, kecamatan, stageReached, registeredBy, Optional.of(value), number, phone, name,
                after, limit);
    }

    /** The same, of the member numbered {@code value}. */
    public MemberCriteria withNumber(MemberNumber value) {
        return new MemberCriteria(province, regency, regencies, kecamatan, stageReached, registeredBy, nik, Optional.of(value), phone, name,
                after, limit);
    }

    /** The same, of members with mobile number {@code value}. */
    public MemberCriteria withPhone(PhoneNumber value) {
        return new MemberCriteria(province, regency, regencies, kecamatan, stageReached, registeredBy, nik, number, Optional.of(value), name,
                after, limit);
    }

    /** The same, of members named like {@code value}. */
    public MemberCriteria named(NameQuery value) {
        return new MemberCriteria(province, regency, regencies, kecamatan, stageReached, registeredBy, nik, number, phone, Optional.of(value),
                after, limit);
    }

    /** The same, of members living in one of {@code value} (anywhere when empty). */
    public MemberCriteria inRegencies(Set<RegencyCode> value) {
        return new MemberCriteria(province, regency, value, kecamatan, stageReached, registeredBy, nik, number, phone, name, after,
                limit);
    }

    /**
     * These criteria as {@code actor} may apply them: a partner's search is confined to its own
     * area; empty when the actor asked for a province, kabupaten/kota or kecamatan outside it
     * (nothing to find).
     */
    public Optional<MemberCriteria> asSeenBy(Actor actor) {
        if (province.isPresent() && !actor.canSee(province.get())
                || regency.isPresent() && actor.partnerArea().filter(a -> !a.covers(regency.get())).isPresent()
                || kecamatan.isPresent() && !actor.canSee(kecamatan.get()) && actor.partnerArea().isPresent()) {
            return Optional.empty();
        }
        if (actor instanceof Actor.PartnerActor partner) {
            MemberCriteria confined = inProvince(partner.province());
            return Optional.of(partner.area().wholeProvince() ? confined : confined.inRegencies(partner.area().regencies()));
        }
        return Optional.of(this);
    }

    /**
     * Whether {@code member} passes every filter of these criteria (the cursor and the limit are
     * paging, not filters): what a store that filters in memory applies to each member.
     */
    public boolean matches(Member member) {
        return province.map(member.province()::equals).orElse(true)
                && regency.map(member.domicile().regency()::equals).orElse(true)
                && (regencies.isEmpty() || regencies.contains(member.domicile().regency()))
                && kecamatan.map(member.domicile()::equals).orElse(true)
                && stageReached.map(member.stages()::isDone).orElse(true)
                && registeredBy.map(p -> member.registeredBy().equals(Optional.of(p))).orElse(true)
                && nik.map(member.nik()::equals).orElse(true)
                && number.map(member.number()::equals).orElse(true)
                && phone.map(member.phone()::equals).orElse(true)
                && name.map(q -> q.finds(PersonNames.searchKey(member.fullName()))).orElse(true);
    }

    /** The cursor of {@code member} in these criteria's order. */
    public MemberCursor cursorOf(Member member) {
        return new MemberCursor(name.map(q -> OptionalInt.of(q.score(PersonNames.searchKey(member.fullName()))))
                .orElse(OptionalInt.empty()), member.number());
    }

    /** The order of results: by score, highest first, when searching by name; then by member number. */
    public Comparator<Member> order() {
        Comparator<Member> byNumber = Comparator.comparing(Member::number);
        return name.<Comparator<Member>>map(q -> Comparator.<Member>comparingInt(m -> -q.score(PersonNames.searchKey(m.fullName())))
                .thenComparing(byNumber)).orElse(byNumber);
    }

    /** Whether {@code member} comes strictly after the cursor, if any, in {@link #order()}. */
    public boolean isAfterCursor(Member member) {
        if (after.isEmpty()) {
            return true;
        }
        MemberCursor mine = cursorOf(member);
        MemberCursor cursor = after.get();
        if (cursor.score().isPresent() && mine.score().getAsInt() != cursor.score().getAsInt()) {
            return mine.score().getAsInt() < cursor.score().getAsInt();
        }
        return mine.number().compareTo(cursor.number()) > 0;
    }
}
