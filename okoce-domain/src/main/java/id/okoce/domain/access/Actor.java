package id.okoce.domain.access;

import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting. Every use case is called on behalf of an actor, and applies these rules: a hub
 * administrator may do everything; a partner works in its own area only (its province, or some of
 * its kabupaten/kota), and for itself only;
 * a bank reads eligibility for its own products. What an actor may not see is reported as not found.
 */
public sealed interface Actor {

    /**
     * An administrator of the hub (DKI Jakarta): may do everything.
     *
     * @param name  who, for the record (e.g. {@code token <id>}, {@code system})
     * @param token the API token it acts through, if any
     */
    record HubAdmin(String name, Optional<TokenId> token) implements Actor {
        /** Checks the parts. */
        public HubAdmin {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(token, "token");
        }

        /** An administrator acting without a token (the system, an embedding application). */
        public HubAdmin(String name) {
            this(name, Optional.empty());
        }

        @Override
        public Role role() {
            return Role.HUB_ADMIN;
        }
    }

    /**
     * A validated partner, bound to its area.
     *
     * @param partnerId the partner
     * @param area      where it works: its province, or some of its kabupaten/kota
     * @param token     the API token it acts through, if any
     */
    record PartnerActor(PartnerId partnerId, PartnerArea area, Optional<TokenId> token) implements Actor {
        /** Checks the parts are present. */
        public PartnerActor {
            Objects.requireNonNull(partnerId, "partnerId");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(token, "token");
        }

        /** A partner of a whole province. */
        public PartnerActor(PartnerId partnerId, ProvinceCode province, Optional<TokenId> token) {
            this(partnerId, PartnerArea.of(province), token);
        }

        /** A partner of a whole province, acting without a token. */
        public PartnerActor(PartnerId partnerId, ProvinceCode province) {
            this(partnerId, province, Optional.empty());
        }

        /** The province it works in. */
        public ProvinceCode province() {
            return area.province();
        }

        @Override
        public Role role() {
            return Role.PARTNER;
        }
    }

    /**
     * A bank, named as on its products (e.g. "Bank DKI").
     *
     * @param bank  the bank's name
     * @param token the API token it acts through, if any
     */
    record BankActor(String bank, Optional<TokenId> token) implements Actor {
        /** Checks the name. */
        public BankActor {
            bank = Require.text(bank, 100, AccessError.ACCESS_DENIED, "bank");
            Objects.requireNonNull(token, "token");
        }

        /** A bank acting without a token. */
        public BankActor(String bank) {
            this(bank, Optional.empty());
        }

        @Override
        public Role role() {
            return Role.BANK;
        }

        /** Whether {@code productBank} names this bank (case-insensitive). */
        public boolean owns(String productBank) {
            return bank.equalsIgnoreCase(productBank.strip());
        }
    }

    /** The system itself (start-up tasks, imports run from the command line): like the hub. */
    static Actor system() {
        return new HubAdmin("system");
    }

    /** The actor's role. */
    Role role();

    /** The API token this actor acts through; empty for the system and for embedding applications. */
    Optional<TokenId> token();

    /** A short name for records: the hub administrator's name, the partner's id, the bank's name. */
    default String label() {
        if (this instanceof PartnerActor p) {
            return "partner " + p.partnerId();
        }
        if (this instanceof BankActor b) {
            return b.bank();
        }
        return ((HubAdmin) this).name();
    }

    /** The partner this actor acts as, if it is one. */
    default Optional<PartnerId> partner() {
        return this instanceof PartnerActor p ? Optional.of(p.partnerId()) : Optional.empty();
    }

    /**
     * A key naming this caller, for things kept per caller (e.g. idempotency keys): the hub
     * administrator by name, a partner by id, a bank by name.
     */
    default String scopeKey() {
        if (this instanceof PartnerActor p) {
            return "partner:" + p.partnerId();
        }
        if (this instanceof BankActor b) {
            return "bank:" + b.bank().toLowerCase(Locale.ROOT);
        }
        return "hub:" + ((HubAdmin) this).name();
    }

    /** The province this actor is confined to, if it is a partner. */
    default Optional<ProvinceCode> partnerProvince() {
        return this instanceof PartnerActor p ? Optional.of(p.province()) : Optional.empty();
    }

    /** The area this actor is confined to, if it is a partner. */
    default Optional<PartnerArea> partnerArea() {
        return this instanceof PartnerActor p ? Optional.of(p.area()) : Optional.empty();
    }

    /**
     * Whether this actor is confined to part of a province (a partner of some kabupaten/kota), so that
     * what is kept per province must be narrowed to its area.
     */
    default boolean confinedWithinProvince() {
        return this instanceof PartnerActor p && !p.area().wholeProvince();
    }

    /** Refuses with {@code ACCESS_DENIED} unless the actor's role is one of {@code allowed}. */
    default void requireRole(String action, Role... allowed) {
        for (Role role : allowed) {
            if (role() == role) {
                return;
            }
        }
        throw new DomainException(AccessError.ACCESS_DENIED, null, "a " + role() + " may not " + action);
    }

    /** Whether this actor may see a product lent by {@code bank}: a bank its own, everyone else all. */
    default boolean canSeeProductOf(String bank) {
        return !(this instanceof BankActor b) || b.owns(bank);
    }

    /** Whether this actor is the hub (or the system). */
    default boolean isHub() {
        return this instanceof HubAdmin;
    }

    /**
     * Whether this actor may see data kept for {@code province} as a whole (coverage, a province's
     * partners): the hub everywhere, a partner in its own province. What concerns a place (a member)
     * is judged by {@link #canSee(KecamatanCode)}.
     */
    default boolean canSee(ProvinceCode province) {
        if (this instanceof PartnerActor partner) {
            return partner.province().equals(province);
        }
        return isHub();
    }

    /** Whether this actor may see what concerns {@code place} (a member living there): the hub everywhere, a partner in its area. */
    default boolean canSee(KecamatanCode place) {
        if (this instanceof PartnerActor partner) {
            return partner.area().covers(place);
        }
        return isHub();
    }

    /**
     * Whether this actor may see a partner working in {@code area}: the hub any, a partner those whose
     * areas share ground with its own.
     */
    default boolean canSee(PartnerArea area) {
        if (this instanceof PartnerActor partner) {
            return partner.area().overlaps(area);
        }
        return isHub();
    }

    /** Refuses with {@code ACCESS_DENIED} unless this is the hub. */
    default void requireHub(String action) {
        if (!isHub()) {
            throw new DomainException(AccessError.ACCESS_DENIED, null, "only the hub may " + action);
        }
    }

    /**
     * Refuses unless this actor may act in {@code province}: the hub anywhere, a partner at home
     * ({@code REGION_OUT_OF_SCOPE}), a bank never ({@code ACCESS_DENIED}).
     */
    default void requireProvince(ProvinceCode province, String field, String action) {
        if (this instanceof BankActor) {
            throw new DomainException(AccessError.ACCESS_DENIED, null, "a bank may not " + action);
        }
        if (!canSee(province)) {
            throw new DomainException(AccessError.REGION_OUT_OF_SCOPE, field,
                    "a partner may " + action + " only in its own province");
        }
    }

    /**
     * Refuses unless this actor may act at {@code place}: the hub anywhere, a partner in its area
     * ({@code REGION_OUT_OF_SCOPE}), a bank never ({@code ACCESS_DENIED}).
     */
    default void requirePlace(KecamatanCode place, String field, String action) {
        if (this instanceof BankActor) {
            throw new DomainException(AccessError.ACCESS_DENIED, null, "a bank may not " + action);
        }
        if (!canSee(place)) {
            throw new DomainException(AccessError.REGION_OUT_OF_SCOPE, field,
                    "a partner may " + action + " only in its own area (" + ((PartnerActor) this).area() + ")");
        }
    }

    /** Whether this actor may act for partner {@code id}: the hub for any, a partner for itself. */
    default boolean actsFor(PartnerId id) {
        return isHub() || (this instanceof PartnerActor partner && partner.partnerId().equals(id));
    }
}
