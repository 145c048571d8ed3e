package id.okoce.domain.partner;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A regional partner (mitra) of the OK OCE network, working in one province or in some of its
 * kabupaten/kota ({@link PartnerArea}). Immutable: every
 * lifecycle step returns the partner in its new state, with the same {@link #version()} (the
 * adapter that stores it moves the version on).
 */
public final class Partner {

    private final PartnerId id;
    private final String name;
    private final Optional<String> brand;
    private final PartnerArea area;
    private final PartnerContact contact;
    private final List<StandingChange> standing;
    private final LocalDate registeredOn;
    private final long version;

    private Partner(PartnerId id, String name, Optional<String> brand, PartnerArea area, PartnerContact contact,
                    List<StandingChange> standing, LocalDate registeredOn, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.brand = Objects.requireNonNull(brand, "brand");
        this.area = Objects.requireNonNull(area, "area");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.standing = List.copyOf(standing);
        if (this.standing.isEmpty() || this.standing.get(0).status() != PartnerStatus.REGISTERED) {
            throw new IllegalArgumentException("a partner's standing begins with REGISTERED");
        }
        this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
        this.version = version;
    }

    /**
     * Registers a new partner, waiting for validation.
     *
     * @param name         the organisation's name, 1–200 characters
     * @param brand        the local name it wants to use, e.g. "OK OCE Asyik" (only shown once validated)
     * @param registeredOn the day it registered
     * @throws DomainException {@code PARTNER_NAME_INVALID}
     */
    public static Partner register(PartnerId id, String name, Optional<String> brand, ProvinceCode province,
                                   PartnerContact contact, LocalDate registeredOn) {
        return register(id, name, brand, PartnerArea.of(province), contact, registeredOn);
    }

    /**
     * Registers a new partner working in {@code area}, waiting for validation; see
     * {@link #register(PartnerId, String, Optional, ProvinceCode, PartnerContact, LocalDate)}.
     */
    public static Partner register(PartnerId id, String name, Optional<String> brand, PartnerArea area,
                                   PartnerContact contact, LocalDate registeredOn) {
        String checkedName = Require.text(name, 200, PartnerError.PARTNER_NAME_INVALID, "name");
        Optional<String> checkedBrand = Objects.requireNonNull(brand, "brand")
                .filter(b -> !b.isBlank())
                .map(b -> Require.text(b, 100, PartnerError.PARTNER_NAME_INVALID, "brand"));
        return new Partner(id, checkedName, checkedBrand, area, contact,
                List.of(new StandingChange(PartnerStatus.REGISTERED, registeredOn, Optional.empty())), registeredOn, 0);
    }

    /**
     * Rebuilds a stored partner with its whole standing, without re-running the rules; for adapters.
     *
     * @param standing every step of its standing, oldest first, beginning with REGISTERED
     */
    public static Partner restore(PartnerId id, String name, Optional<String> brand, PartnerArea area,
                                  PartnerContact contact, List<StandingChange> standing, LocalDate registeredOn, long version) {
        return new Partner(id, name, brand, area, contact, standing, registeredOn, version);
    }

    /**
     * Rebuilds a stored partner known only by its current status, for stores that keep no history: the
     * standing is taken to be REGISTERED on the registration day, then (for a SUSPENDED partner)
     * VALIDATED on that same day, then the current status on the day it was entered.
     */
    public static Partner restore(PartnerId id, String name, Optional<String> brand, ProvinceCode province,
                                  PartnerContact contact, PartnerStatus status, Optional<String> statusReason,
                                  LocalDate registeredOn, LocalDate statusChangedOn, long version) {
        List<StandingChange> standing = new ArrayList<>();
        standing.add(new StandingChange(PartnerStatus.REGISTERED, registeredOn, Optional.empty()));
        if (status == PartnerStatus.SUSPENDED) {
            standing.add(new StandingChange(PartnerStatus.VALIDATED, registeredOn, Optional.empty()));
        }
        if (status != PartnerStatus.REGISTERED) {
            standing.add(new StandingChange(status, statusChangedOn, statusReason));
        }
        return new Partner(id, name, brand, PartnerArea.of(province), contact, standing, registeredOn, version);
    }

    /** The hub validates a registered partner (REGISTERED → VALIDATED). */
    public Partner validate(LocalDate on, LocalDate today) {
        requireStatus(PartnerStatus.REGISTERED, "validate");
        return moveTo(PartnerStatus.VALIDATED, Optional.empty(), on, today);
    }

    /** The hub rejects a registered partner, with a reason (REGISTERED → REJECTED). */
    public Partner reject(String reason, LocalDate on, LocalDate today) {
        requireStatus(PartnerStatus.REGISTERED, "reject");
        return moveTo(PartnerStatus.REJECTED, Optional.of(reason(reason)), on, today);
    }

    /** The hub suspends a validated partner, with a reason (VALIDATED → SUSPENDED). */
    public Partner suspend(String reason, LocalDate on, LocalDate today) {
        requireStatus(PartnerStatus.VALIDATED, "suspend");
        return moveTo(PartnerStatus.SUSPENDED, Optional.of(reason(reason)), on, today);
    }

    /** The hub reinstates a suspended partner (SUSPENDED → VALIDATED). */
    public Partner reinstate(LocalDate on, LocalDate today) {
        requireStatus(PartnerStatus.SUSPENDED, "reinstate");
        return moveTo(PartnerStatus.VALIDATED, Optional.empty(), on, today);
    }

    /**
     * Signs a cooperation agreement in this partner's province.
     *
     * @param validUntil the last day it is in force, or empty when open-ended
     * @throws DomainException {@code PARTNER_NOT_VALIDATED}, {@code AGREEMENT_STAGES_INVALID},
     *                         {@code AGREEMENT_DATES_INVALID} or {@code AGREEMENT_COUNTERPARTY_INVALID}
     */
    public CooperationAgreement signAgreement(AgreementId agreementId, CounterpartyKind kind, String counterpartyName,
                                              Set<Stage> stages, LocalDate validFrom, Optional<LocalDate> validUntil) {
        if (!mayUseOkOceName()) {
            throw new DomainException(PartnerError.PARTNER_NOT_VALIDATED, "partner",
                    "only a VALIDATED partner may sign agreements; this one is " + status());
        }
        return CooperationAgreement.create(agreementId, id, area.province(), kind, counterpartyName, stages, validFrom, validUntil);
    }

    /**
     * The partner with its brand and contact changed, and its name when {@code name} is given (the
     * hub's correction); registration, standing and area stay.
     *
     * @throws DomainException {@code PARTNER_NAME_INVALID}
     */
    public Partner edited(Optional<String> newName, Optional<String> newBrand, PartnerContact newContact) {
        String checkedName = newName.map(n -> Require.text(n, 200, PartnerError.PARTNER_NAME_INVALID, "name")).orElse(name);
        Optional<String> checkedBrand = newBrand.filter(b -> !b.isBlank())
                .map(b -> Require.text(b, 100, PartnerError.PARTNER_NAME_INVALID, "brand"));
        return new Partner(id, checkedName, checkedBrand, area, Objects.requireNonNull(newContact, "contact"), standing,
                registeredOn, version);
    }

    /**
     * The status the partner had on {@code date}: that of the last step of its standing entered on or
     * before the day, REGISTERED before any.
     */
    public PartnerStatus statusOn(LocalDate date) {
        PartnerStatus on = PartnerStatus.REGISTERED;
        for (StandingChange change : standing) {
            if (change.on().isAfter(date)) {
                break;
            }
            on = change.status();
        }
        return on;
    }

    /** Every step of its standing, oldest first, beginning with REGISTERED. */
    public List<StandingChange> standing() {
        return standing;
    }

    /**
     * A key telling partners of one province apart by name: case, spacing and punctuation folded, so
     * "Komunitas Wirausaha  Bandung" and "komunitas wirausaha bandung." are the same partner.
     */
    public static String nameKey(String name) {
        return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Only a validated partner may use the OK OCE name. */
    public boolean mayUseOkOceName() {
        return status() == PartnerStatus.VALIDATED;
    }

    /** The name shown to the public: the local brand once validated, otherwise the organisation's name. */
    public String publicName() {
        return mayUseOkOceName() ? brand.orElse(name) : name;
    }

    /** Returns this partner with another version; for adapters after a successful save. */
    public Partner withVersion(long newVersion) {
        return new Partner(id, name, brand, area, contact, standing, registeredOn, newVersion);
    }

    private void requireStatus(PartnerStatus expected, String action) {
        if (status() != expected) {
            throw new DomainException(PartnerError.PARTNER_TRANSITION_INVALID, "status",
                    "cannot " + action + " a partner that is " + status() + " (must be " + expected + ")");
        }
    }

    private Partner moveTo(PartnerStatus next, Optional<String> reason, LocalDate on, LocalDate today) {
        Objects.requireNonNull(on, "on");
        if (on.isBefore(statusChangedOn()) || on.isAfter(today)) {
            throw new DomainException(PartnerError.PARTNER_DATE_INVALID, "on",
                    "date " + on + " must be between " + statusChangedOn() + " and today (" + today + ")");
        }
        List<StandingChange> more = new ArrayList<>(standing);
        more.add(new StandingChange(next, on, reason));
        return new Partner(id, name, brand, area, contact, more, registeredOn, version);
    }

    private static String reason(String reason) {
        return Require.text(reason, 500, PartnerError.PARTNER_REASON_REQUIRED, "reason");
    }

    /** The partner's identity. */
    public PartnerId id() {
        return id;
    }

    /** The organisation's name. */
    public String name() {
        return name;
    }

    /** The local brand it asked for, e.g. "OK OCE Kito". */
    public Optional<String> brand() {
        return brand;
    }

    /** The province it works in (all of it, or some of its kabupaten/kota). */
    public ProvinceCode province() {
        return area.province();
    }

    /** Where it works: its province, or some of its kabupaten/kota. */
    public PartnerArea area() {
        return area;
    }

    /**
     * The partner working in {@code newArea} instead: the hub's correction of the area it applied for.
     * The area must stay in the same province ({@code PARTNER_AREA_INVALID}; a partner of another
     * province is another partner).
     */
    public Partner withArea(PartnerArea newArea) {
        if (!newArea.province().equals(area.province())) {
            throw new DomainException(PartnerError.PARTNER_AREA_INVALID, "regencies",
                    "a partner's area stays in its province " + area.province() + "; register a partner for " + newArea.province());
        }
        return new Partner(id, name, brand, newArea, contact, standing, registeredOn, version);
    }

    /** How to reach it. */
    public PartnerContact contact() {
        return contact;
    }

    /** Its lifecycle status now: that of the last step of its standing. */
    public PartnerStatus status() {
        return standing.get(standing.size() - 1).status();
    }

    /** Why it was rejected or suspended; empty otherwise. */
    public Optional<String> statusReason() {
        return standing.get(standing.size() - 1).reason();
    }

    /** The day it registered. */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The day of its last status change (its registration day if none). */
    public LocalDate statusChangedOn() {
        return standing.get(standing.size() - 1).on();
    }

    /** The optimistic-locking version the adapter stored it at (0 for a new partner). */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partner other && id.equals(other.id) && version == other.version
                && name.equals(other.name) && brand.equals(other.brand) && area.equals(other.area)
                && contact.equals(other.contact) && standing.equals(other.standing) && registeredOn.equals(other.registeredOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, standing.size());
    }

    @Override
    public String toString() {
        return "Partner[" + id + ", " + name + ", " + area + ", " + status() + ", v" + version + "]";
    }
}
