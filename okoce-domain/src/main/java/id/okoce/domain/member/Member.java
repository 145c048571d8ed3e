package id.okoce.domain.member;

import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessError;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRecord;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member (anggota) of the OK OCE network. Immutable: {@link #completeStage}, {@link #correct} and
 * {@link #withdrawLatestStage} return the member changed and at the same {@link #version()}; the
 * adapter that stores it moves the version on, and refuses a save whose version is stale.
 *
 * <p>The member number is given once, in the province of registration, and never changes: a
 * member who moves to another province keeps it, and lives in the new province's scope.
 */
public final class Member {

    private final MemberId id;
    private final MemberNumber number;
    private final Nik nik;
    private final String fullName;
    private final PhoneNumber phone;
    private final KecamatanCode domicile;
    private final Business business;
    private final LocalDate registeredOn;
    private final Optional<PartnerId> registeredBy;
    private final StageRecord stages;
    private final long version;

    private Member(MemberId id, MemberNumber number, Nik nik, String fullName, PhoneNumber phone,
                   KecamatanCode domicile, Business business, LocalDate registeredOn,
                   Optional<PartnerId> registeredBy, StageRecord stages, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.nik = Objects.requireNonNull(nik, "nik");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.phone = Objects.requireNonNull(phone, "phone");
        this.domicile = Objects.requireNonNull(domicile, "domicile");
        this.business = Objects.requireNonNull(business, "business");
        this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.version = version;
    }

    /**
     * Registers a new member: P1 is done on the registration date.
     *
     * @throws IllegalArgumentException when the number is not of the registration's province
     *
     * @param number the member number, in the province of {@code registration.domicile()}
     * @param today  the current date, which the registration and business start must not be after
     * @throws DomainException {@code MEMBER_NAME_INVALID}, {@code MEMBER_REGISTRATION_DATE_INVALID},
     *                         {@code BUSINESS_START_INVALID} or {@code NIK_INVALID_DATE}
     */
    public static Member register(MemberId id, MemberNumber number, Registration registration, LocalDate today) {
        Registration checked = registration.check(today);
        if (!number.province().equals(checked.domicile().province())) {
            throw new IllegalArgumentException("member number " + number + " is not of province " + checked.domicile().province());
        }
        return new Member(id, number, checked.nik(), checked.fullName(), checked.phone(), checked.domicile(),
                checked.business(), checked.registeredOn(), checked.registeredBy(),
                StageRecord.registeredOn(checked.registeredOn()), 0);
    }

    /** Rebuilds a stored member without re-running the rules; for adapters. */
    public static Member restore(MemberId id, MemberNumber number, Nik nik, String fullName, PhoneNumber phone,
                                 KecamatanCode domicile, Business business, LocalDate registeredOn,
                                 Optional<PartnerId> registeredBy, StageRecord stages, long version) {
        return new Member(id, number, nik, fullName, phone, domicile, business, registeredOn, registeredBy, stages, version);
    }

    /**
     * Completes a stage under the given rules; see {@link StageRecord#complete} for the checks and
     * their codes.
     *
     * @param today the current date, which the completion date must not be after
     * @return the member with the stage done, at the same version
     */
    public Member completeStage(StageCompletion completion, LocalDate today, StageRules rules) {
        StageRecord next = stages.complete(completion, domicile(), today, rules);
        return new Member(id, number, nik, fullName, phone, domicile, business, registeredOn, registeredBy, next, version);
    }

    /**
     * What is left after erasing this member's identity and contact data on {@code today}: see
     * {@link ErasedMember}. The member itself is unchanged; the store destroys the rest.
     */
    public ErasedMember erased(LocalDate today) {
        Map<Stage, LocalDate> done = new EnumMap<>(Stage.class);
        stages.completions().forEach(c -> done.put(c.stage(), c.completedOn()));
        return new ErasedMember(id, number, domicile, nik.sex(), nik.birthDate().getYear(), registeredOn, registeredBy, done, today);
    }

    /**
     * Corrects the record: the name (1–150 characters), the phone, the business and the kecamatan
     * of domicile; what the correction leaves empty stays as it is. The NIK, the member number,
     * the registration and the stages never change here.
     *
     * @param today the current date, which the business's start must not be after
     * @return the member corrected, at the same version
     * @throws DomainException {@code MEMBER_NAME_INVALID}, {@code BUSINESS_NAME_INVALID},
     *                         {@code BUSINESS_START_INVALID}
     */
    public Member correct(Correction correction, LocalDate today) {
        String name = correction.fullName().map(n -> Require.text(n, 150, MemberError.MEMBER_NAME_INVALID,
                "fullName")).orElse(fullName);
        Business corrected = new Business(correction.businessName().orElse(business.name()),
                correction.businessSector().orElse(business.sector()), correction.businessStartedOn().orElse(business.startedOn()),
                correction.businessNib().orElse(business.nib()));
        if (correction.businessStartedOn().isPresent() && corrected.startedOn().isAfter(today)) {
            throw new DomainException(BusinessError.BUSINESS_START_INVALID, "business.startedOn",
                    "business.startedOn " + corrected.startedOn() + " is in the future");
        }
        return new Member(id, number, nik, name, correction.phone().orElse(phone), correction.domicile().orElse(domicile), corrected,
                registeredOn, registeredBy, stages, version);
    }

    /**
     * Withdraws the most recent stage (entered by mistake): see {@link StageRecord#withdrawLatest}.
     *
     * @return the member without the stage, at the same version
     */
    public Member withdrawLatestStage(Stage stage) {
        return new Member(id, number, nik, fullName, phone, domicile, business, registeredOn, registeredBy,
                stages.withdrawLatest(stage), version);
    }

    /**
     * This member absorbing {@code other}, found to be the same person: the stages either has done
     * ({@link StageRecord#union}, the earlier day of a stage both did), and an NIB on the business when
     * only the other's business had one. The identity, contact, domicile, number and registration stay
     * this member's. See {@link MemberMerge} for which of two members survives.
     *
     * @return the member absorbing the other, at the same version
     */
    public Member absorbing(Member other) {
        Business merged = business.nib().isPresent() || other.business.nib().isEmpty() ? business
                : new Business(business.name(), business.sector(), business.startedOn(), other.business.nib());
        return new Member(id, number, nik, fullName, phone, domicile, merged, registeredOn, registeredBy,
                stages.union(other.stages), version);
    }

    /** Returns this member with another version; for adapters after a successful save. */
    public Member withVersion(long newVersion) {
        return new Member(id, number, nik, fullName, phone, domicile, business, registeredOn, registeredBy, stages, newVersion);
    }

    /**
     * Whether the member holds a business licence: P4 done with a licence, or an NIB on the business.
     */
    public boolean holdsLicence() {
        return licenceType().isPresent();
    }

    /** The licence type the member holds, if any (an NIB on the business counts as NIB). */
    public Optional<LicenceType> licenceType() {
        Optional<LicenceType> fromStage = stages.completion(Stage.LICENSING).flatMap(c -> c.evidence().licenceType());
        return fromStage.isPresent() ? fromStage : business.nib().map(n -> LicenceType.NIB);
    }

    /**
     * The licence types the member held on {@code date}: those of {@link #licencesSince()} that count
     * from that day or earlier.
     */
    public Set<LicenceType> licenceTypesOn(LocalDate date) {
        Set<LicenceType> held = EnumSet.noneOf(LicenceType.class);
        licencesSince().forEach((type, since) -> {
            if (!since.isAfter(date)) {
                held.add(type);
            }
        });
        return held;
    }

    /**
     * Every licence type the member holds, with the day it counts from: the P4 licence from the day P4
     * was done, and an NIB on the business from the later of the business's start and
     * {@link #OSS_LAUNCH} (the record holds no issue date for an NIB, and none was issued before OSS
     * opened). When both are an NIB, the earlier day.
     */
    public Map<LicenceType, LocalDate> licencesSince() {
        Map<LicenceType, LocalDate> since = new EnumMap<>(LicenceType.class);
        stages.completion(Stage.LICENSING).ifPresent(c -> c.evidence().licenceType()
                .ifPresent(type -> since.put(type, c.completedOn())));
        if (business.nib().isPresent()) {
            LocalDate from = business.startedOn().isAfter(OSS_LAUNCH) ? business.startedOn() : OSS_LAUNCH;
            since.merge(LicenceType.NIB, from, (a, b) -> a.isBefore(b) ? a : b);
        }
        return since;
    }

    /** The day OSS (Online Single Submission) began issuing NIBs: 9 July 2018. */
    public static final LocalDate OSS_LAUNCH = LocalDate.of(2018, 7, 9);

    /** The member's identity. */
    public MemberId id() {
        return id;
    }

    /** The readable member number. */
    public MemberNumber number() {
        return number;
    }

    /** The NIK (its {@code toString()} is masked). */
    public Nik nik() {
        return nik;
    }

    /** The full name. */
    public String fullName() {
        return fullName;
    }

    /** The mobile number. */
    public PhoneNumber phone() {
        return phone;
    }

    /** The kecamatan of domicile. */
    public KecamatanCode domicile() {
        return domicile;
    }

    /** The province of domicile, which decides which stages and products are available. */
    public ProvinceCode province() {
        return domicile.province();
    }

    /** The business. */
    public Business business() {
        return business;
    }

    /** The registration day (P1). */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The partner that registered the member, if not the hub. */
    public Optional<PartnerId> registeredBy() {
        return registeredBy;
    }

    /** The 7PAS record. */
    public StageRecord stages() {
        return stages;
    }

    /** The optimistic-locking version the adapter stored it at (0 for a new member). */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && id.equals(other.id) && version == other.version
                && number.equals(other.number) && nik.equals(other.nik) && fullName.equals(other.fullName)
                && phone.equals(other.phone) && domicile.equals(other.domicile) && business.equals(other.business)
                && registeredOn.equals(other.registeredOn) && registeredBy.equals(other.registeredBy)
                && stages.equals(other.stages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Names the member by number only: no NIK, no name. */
    @Override
    public String toString() {
        return "Member[" + id + ", " + number + ", " + domicile + ", highest " + stages.highest().code() + ", v" + version + "]";
    }
}
