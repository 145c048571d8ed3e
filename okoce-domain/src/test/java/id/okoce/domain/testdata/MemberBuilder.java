package id.okoce.domain.testdata;

import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.Registration;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageAvailability;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds members for tests: by default a woman living in Gambir, Jakarta Pusat, registered on
 * 10 September 2018 with a culinary business started in March 2017, with only P1 done.
 */
public final class MemberBuilder {

    private static final AtomicInteger SERIALS = new AtomicInteger();

    private MemberId id = MemberId.random();
    private String nik;
    private String fullName = "Siti Rahma";
    private String phone = "081234567890";
    private String kecamatan = "31.71.01";
    private long sequence;
    private LocalDate registeredOn = LocalDate.of(2018, 9, 10);
    private LocalDate businessStartedOn = LocalDate.of(2017, 3, 1);
    private Optional<Nib> nib = Optional.empty();
    private Optional<PartnerId> registeredBy = Optional.empty();
    private final List<Stage> stagesDone = new ArrayList<>();
    private LocalDate today = LocalDate.of(2026, 1, 1);

    private MemberBuilder() {
        int n = SERIALS.incrementAndGet();
        this.nik = Niks.nik("317101", LocalDate.of(1980, 1, 1).plusDays(n / 9999), Sex.FEMALE, n % 9999 + 1);
        this.sequence = n;
    }

    /** A new builder with the defaults. */
    public static MemberBuilder aMember() {
        return new MemberBuilder();
    }

    /** Lives in this kecamatan (dotted or plain code). */
    public MemberBuilder inKecamatan(String code) {
        this.kecamatan = code;
        return this;
    }

    /** Lives in the first kecamatan of the first kabupaten/kota of this province. */
    public MemberBuilder inProvince(String provinceCode) {
        this.kecamatan = switch (provinceCode) {
            case "31" -> "31.71.01";
            case "32" -> "32.73.01";
            case "33" -> "33.74.01";
            default -> {
                Regions regions = Regions.kemendagri2025();
                RegencyCode first = regions.regenciesOf(ProvinceCode.of(provinceCode)).get(0).code();
                yield regions.kecamatansOf(first).get(0).code().toString();
            }
        };
        return this;
    }

    /** Has this NIK. */
    public MemberBuilder withNik(String nik) {
        this.nik = nik;
        return this;
    }

    /** Has this id. */
    public MemberBuilder withId(MemberId id) {
        this.id = id;
        return this;
    }

    /** Has this member-number sequence in its province. */
    public MemberBuilder withSequence(long sequence) {
        this.sequence = sequence;
        return this;
    }

    /** Has this full name. */
    public MemberBuilder named(String fullName) {
        this.fullName = fullName;
        return this;
    }

    /** Registered on this day. */
    public MemberBuilder registeredOn(LocalDate date) {
        this.registeredOn = date;
        return this;
    }

    /** Registered by this partner. */
    public MemberBuilder registeredBy(PartnerId partner) {
        this.registeredBy = Optional.of(partner);
        return this;
    }

    /** The business started on this day. */
    public MemberBuilder businessStartedOn(LocalDate date) {
        this.businessStartedOn = date;
        return this;
    }

    /** Has this mobile number, in any accepted form. */
    public MemberBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    /** The business has this NIB. */
    public MemberBuilder withNib(String nib) {
        this.nib = Optional.of(Nib.parse(nib));
        return this;
    }

    /** Has these stages done (besides P1), one day apart after registration, wherever the member lives. */
    public MemberBuilder withStagesDone(Stage... stages) {
        stagesDone.addAll(List.of(stages));
        return this;
    }

    /** Has P1 up to and including {@code last} done. */
    public MemberBuilder withStagesUpTo(Stage last) {
        for (Stage stage : last.upToAndIncluding()) {
            if (stage != Stage.REGISTRATION) {
                stagesDone.add(stage);
            }
        }
        return this;
    }

    /** The registration form this builder describes. */
    public Registration registration() {
        return new Registration(Nik.parse(nik, registeredOn), fullName, PhoneNumber.parse(phone),
                KecamatanCode.of(kecamatan),
                new Business("Warung Siti", BusinessSector.KULINER, businessStartedOn, nib),
                registeredOn, registeredBy);
    }

    /** Builds the member, completing the chosen stages with everywhere-available rules. */
    public Member build() {
        Registration registration = registration();
        Member member = Member.register(id, new MemberNumber(registration.domicile().province(), sequence),
                registration, today);
        StageAvailability everywhere = (province, stage, date) -> true;
        LocalDate date = registeredOn;
        for (Stage stage : stagesDone) {
            date = date.plusDays(1);
            member = member.completeStage(new StageCompletion(stage, date, evidenceFor(stage)), today,
                    StageRules.standard(everywhere));
        }
        return member;
    }

    /** Valid evidence for any stage. */
    public static StageEvidence evidenceFor(Stage stage) {
        return switch (stage.evidenceNeed()) {
            case NONE -> new StageEvidence.None();
            case TRAINING_CERTIFICATE -> new StageEvidence.TrainingCertificate("CERT-" + stage.code());
            case BUSINESS_LICENCE -> new StageEvidence.BusinessLicence(LicenceType.IUMK, "IUMK-001");
            case FINANCING_REFERENCE -> new StageEvidence.FinancingReference("FIN-001");
        };
    }
}
