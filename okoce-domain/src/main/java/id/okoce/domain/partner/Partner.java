package id.okoce.domain.partner;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A regional partner (mitra) of the OK OCE network, working in one province. Immutable: every
 * lifecycle step returns the partner in its new state, with the same {@link #version()} (the
 * adapter that stores it moves the version on).
 */
public final class Partner {

    private final PartnerId id;
    private final String name;
    private final Optional<String> brand;
    private final ProvinceCode province;
    private final PartnerContact contact;
    private final PartnerStatus status;
    private final Optional<String> statusReason;
    private final LocalDate registeredOn;
    private final LocalDate statusChangedOn;
    private final long version;

    private Partner(PartnerId id, String name, Optional<String> brand, ProvinceCode province, PartnerContact contact,
                    PartnerStatus status, Optional<String> statusReason, LocalDate registeredOn,
                    LocalDate statusChangedOn, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.brand = Objects.requireNonNull(brand, "brand");
        this.province = Objects.requireNonNull(province, "province");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = Objects.requireNonNull(statusReason, "statusReason");
        this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
        this.statusChangedOn = Objects.requireNonNull(statusChangedOn, "statusChangedOn");
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
        String checkedName = Require.text(name, 200, PartnerError.PARTNER_NAME_INVALID, "name");
        Optional<String> checkedBrand = Objects.requireNonNull(brand, "brand")
                .filter(b -> !b.isBlank())
                .map(b -> Require.text(b, 100, PartnerError.PARTNER_NAME_INVALID, "brand"));
        return new Partner(id, checkedName, checkedBrand, province, contact, PartnerStatus.REGISTERED,
                Optional.empty(), registeredOn, registeredOn, 0);
    }

    /** Rebuilds a stored partner without re-running the rules; for adapters. */
    public static Partner restore(PartnerId id, String name, Optional<String> brand, ProvinceCode province,
                                  PartnerContact contact, PartnerStatus status, Optional<String> statusReason,
                                  LocalDate registeredOn, LocalDate statusChangedOn, long version) {
        return new Partner(id, name, brand, province, contact, status, statusReason, registeredOn, statusChangedOn, version);
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
                    "only a VALIDATED partner may sign agreements; this one is " + status);
        }
        return CooperationAgreement.create(agreementId, id, province, kind, counterpartyName, stages, validFrom, validUntil);
    }

    /** Only a validated partner may use the OK OCE name. */
    public boolean mayUseOkOceName() {
        return status == PartnerStatus.VALIDATED;
    }

    /** The name shown to the public: the local brand once validated, otherwise the organisation's name. */
    public String publicName() {
        return mayUseOkOceName() ? brand.orElse(name) : name;
    }

    /** Returns this partner with another version; for adapters after a successful save. */
    public Partner withVersion(long newVersion) {
        return new Partner(id, name, brand, province, contact, status, statusReason, registeredOn, statusChangedOn, newVersion);
    }

    private void requireStatus(PartnerStatus expected, String action) {
        if (status != expected) {
            throw new DomainException(PartnerError.PARTNER_TRANSITION_INVALID, "status",
                    "cannot " + action + " a partner that is " + status + " (must be " + expected + ")");
        }
    }

    private Partner moveTo(PartnerStatus next, Optional<String> reason, LocalDate on, LocalDate today) {
        Objects.requireNonNull(on, "on");
        if (on.isBefore(statusChangedOn) || on.isAfter(today)) {
            throw new DomainException(PartnerError.PARTNER_DATE_INVALID, "on",
                    "date " + on + " must be between " + statusChangedOn + " and today (" + today + ")");
        }
        return new Partner(id, name, brand, province, contact, next, reason, registeredOn, on, version);
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

    /** The province it works in. */
    public ProvinceCode province() {
        return province;
    }

    /** How to reach it. */
    public PartnerContact contact() {
        return contact;
    }

    /** Its lifecycle status. */
    public PartnerStatus status() {
        return status;
    }

    /** Why it was rejected or suspended; empty otherwise. */
    public Optional<String> statusReason() {
        return statusReason;
    }

    /** The day it registered. */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The day of its last status change (its registration day if none). */
    public LocalDate statusChangedOn() {
        return statusChangedOn;
    }

    /** The optimistic-locking version the adapter stored it at (0 for a new partner). */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partner other && id.equals(other.id) && version == other.version && status == other.status
                && name.equals(other.name) && brand.equals(other.brand) && province.equals(other.province)
                && contact.equals(other.contact) && statusReason.equals(other.statusReason)
                && registeredOn.equals(other.registeredOn) && statusChangedOn.equals(other.statusChangedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, status);
    }

    @Override
    public String toString() {
        return "Partner[" + id + ", " + name + ", " + province + ", " + status + ", v" + version + "]";
    }
}
