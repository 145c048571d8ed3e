package id.okoce.domain.partner;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cooperation agreement (perjanjian kerja sama) a validated partner signed with a government
 * body, an educational institution, a private company or a bank. It enables stages in the
 * partner's province while it is in force.
 */
public final class CooperationAgreement {

    private final AgreementId id;
    private final PartnerId partnerId;
    private final ProvinceCode province;
    private final CounterpartyKind counterpartyKind;
    private final String counterpartyName;
    private final Set<Stage> stages;
    private final LocalDate validFrom;
    private final Optional<LocalDate> validUntil;

    private CooperationAgreement(AgreementId id, PartnerId partnerId, ProvinceCode province, CounterpartyKind kind,
                                 String counterpartyName, Set<Stage> stages, LocalDate validFrom,
                                 Optional<LocalDate> validUntil) {
        this.id = Objects.requireNonNull(id, "id");
        this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        this.province = Objects.requireNonNull(province, "province");
        this.counterpartyKind = Objects.requireNonNull(kind, "counterpartyKind");
        this.counterpartyName = Objects.requireNonNull(counterpartyName, "counterpartyName");
        this.stages = Collections.unmodifiableSet(EnumSet.copyOf(stages));
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Creates an agreement after checking its rules; use {@link Partner#signAgreement}. */
    static CooperationAgreement create(AgreementId id, PartnerId partnerId, ProvinceCode province, CounterpartyKind kind,
                                       String counterpartyName, Set<Stage> stages, LocalDate validFrom,
                                       Optional<LocalDate> validUntil) {
        Objects.requireNonNull(kind, "counterpartyKind");
        String name = Require.text(counterpartyName, 200, PartnerError.AGREEMENT_COUNTERPARTY_INVALID, "counterpartyName");
        if (stages == null || stages.isEmpty()) {
            throw new DomainException(PartnerError.AGREEMENT_STAGES_INVALID, "stages", "an agreement enables at least one stage");
        }
        Set<Stage> outside = EnumSet.copyOf(stages);
        outside.removeAll(kind.deliverableStages());
        if (!outside.isEmpty()) {
            throw new DomainException(PartnerError.AGREEMENT_STAGES_INVALID, "stages",
                    "a " + kind + " agreement can enable only " + codes(kind.deliverableStages()) + ", not " + codes(outside));
        }
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
            throw new DomainException(PartnerError.AGREEMENT_DATES_INVALID, "validUntil",
                    "validUntil " + validUntil.get() + " is before validFrom " + validFrom);
        }
        return new CooperationAgreement(id, partnerId, province, kind, name, stages, validFrom, validUntil);
    }

    /** Rebuilds a stored agreement without re-running the rules; for adapters. */
    public static CooperationAgreement restore(AgreementId id, PartnerId partnerId, ProvinceCode province,
                                               CounterpartyKind kind, String counterpartyName, Set<Stage> stages,
                                               LocalDate validFrom, Optional<LocalDate> validUntil) {
        return new CooperationAgreement(id, partnerId, province, kind, counterpartyName, stages, validFrom, validUntil);
    }

    private static String codes(Set<Stage> stages) {
        return stages.stream().map(Stage::code).collect(Collectors.joining(" "));
    }

    /**
     * This agreement ended early, on {@code lastDay}.
     *
     * @throws DomainException {@code AGREEMENT_DATES_INVALID} when the day is before it starts or after an end it
     *                         already has (an agreement is ended early, never extended this way)
     */
    public CooperationAgreement endedOn(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(validFrom) || validUntil.map(lastDay::isAfter).orElse(false)) {
            throw new DomainException(PartnerError.AGREEMENT_DATES_INVALID, "validUntil",
                    "an agreement ends early between " + validFrom + " and " + validUntil.map(LocalDate::toString).orElse("its open end")
                            + ", not on " + lastDay + "; amend it to extend it");
        }
        return new CooperationAgreement(id, partnerId, province, counterpartyKind, counterpartyName, stages, validFrom,
                Optional.of(lastDay));
    }

    /**
     * This agreement amended: other stages or validity, checked as a new agreement is.
     *
     * @throws DomainException {@code AGREEMENT_STAGES_INVALID} or {@code AGREEMENT_DATES_INVALID}
     */
    public CooperationAgreement amended(Set<Stage> newStages, LocalDate newValidFrom, Optional<LocalDate> newValidUntil) {
        return create(id, partnerId, province, counterpartyKind, counterpartyName, newStages, newValidFrom, newValidUntil);
    }

    /**
     * Whether {@code other} is the same agreement signed twice: the same partner, counterparty (kind, and
     * name with case and spacing folded), stages and validity.
     */
    public boolean sameTermsAs(CooperationAgreement other) {
        return partnerId.equals(other.partnerId) && counterpartyKind == other.counterpartyKind
                && Partner.nameKey(counterpartyName).equals(Partner.nameKey(other.counterpartyName))
                && stages.equals(other.stages) && validFrom.equals(other.validFrom) && validUntil.equals(other.validUntil);
    }

    /** Whether the agreement is in force on {@code date} (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && validUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    /** Whether it enables {@code stage} on {@code date}. */
    public boolean enables(Stage stage, LocalDate date) {
        return stages.contains(stage) && inForceOn(date);
    }

    /** The agreement's identity. */
    public AgreementId id() {
        return id;
    }

    /** The partner that signed it. */
    public PartnerId partnerId() {
        return partnerId;
    }

    /** The province it applies to (the partner's). */
    public ProvinceCode province() {
        return province;
    }

    /** The counterparty's kind. */
    public CounterpartyKind counterpartyKind() {
        return counterpartyKind;
    }

    /** The counterparty's name, e.g. "Dinas KUMKM Jawa Barat". */
    public String counterpartyName() {
        return counterpartyName;
    }

    /** The stages it enables, in order. */
    public Set<Stage> stages() {
        return stages;
    }

    /** The first day it is in force. */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last day it is in force; empty when open-ended. */
    public Optional<LocalDate> validUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CooperationAgreement other && id.equals(other.id) && partnerId.equals(other.partnerId)
                && province.equals(other.province) && counterpartyKind == other.counterpartyKind
                && counterpartyName.equals(other.counterpartyName) && stages.equals(other.stages)
                && validFrom.equals(other.validFrom) && validUntil.equals(other.validUntil);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CooperationAgreement[" + id + ", " + counterpartyKind + " " + counterpartyName + ", "
                + codes(stages) + ", " + validFrom + ".." + validUntil.map(LocalDate::toString).orElse("") + "]";
    }
}
