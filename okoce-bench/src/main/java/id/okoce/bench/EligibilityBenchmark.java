package id.okoce.bench;

import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.EligibilityCase;
import id.okoce.domain.financing.EligibilityPolicy;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.Registration;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One member judged against Bank DKI's product: every rule of the standard policy. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EligibilityBenchmark {

    private EligibilityCase eligibilityCase;
    private EligibilityPolicy policy;

    /** A DKI member through P6 with a licence, asking for Rp 10,000,000 in 2019. */
    @Setup
    public void setUp() {
        LocalDate on = LocalDate.of(2018, 9, 10);
        LocalDate today = LocalDate.of(2026, 1, 1);
        Registration registration = new Registration(Nik.parse("3171014507900001", on), "Siti Rahma", PhoneNumber.parse("081234567890"),
                KecamatanCode.of("31.71.01"), new Business("Warung Siti", BusinessSector.KULINER, LocalDate.of(2017, 3, 1),
                Optional.empty()), on, Optional.empty());
        Member member = Member.register(MemberId.random(), new MemberNumber(KecamatanCode.of("31.71.01").province(), 1), registration, today);
        StageRules everywhere = StageRules.standard((p, s, d) -> true);
        StageEvidence[] evidence = {new StageEvidence.TrainingCertificate("S"), new StageEvidence.None(),
            new StageEvidence.BusinessLicence(LicenceType.IUMK, "IUMK-1"), new StageEvidence.None(), new StageEvidence.None()};
        for (int i = 0; i < evidence.length; i++) {
            member = member.completeStage(new StageCompletion(Stage.number(i + 2), on.plusDays(i + 1), evidence[i]), today, everywhere);
        }
        eligibilityCase = new EligibilityCase(member, FinancingCatalogue.builtIn().get(0), Rupiah.of(10_000_000), LocalDate.of(2019, 3, 1),
                List.of());
        policy = EligibilityPolicy.standard();
    }

    /** The decision, with all eight outcomes. */
    @Benchmark
    public FinancingDecision decide() {
        return policy.decide(eligibilityCase);
    }
}
