package id.okoce.adapter.jdbc.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.adapter.jdbc.PostgresAdapters;
import id.okoce.adapter.jdbc.TestDatabase;
import id.okoce.application.OkoceCore;
import id.okoce.application.port.in.duplicate.ReviewDuplicatesUseCase;
import id.okoce.application.port.in.duplicate.ScanDuplicatesUseCase.ScanReport;
import id.okoce.application.port.in.member.PossibleDuplicateException;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.duplicate.KnownPerson;
import id.okoce.domain.duplicate.PersonFacts;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MergedMember;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The duplicate register on PostgreSQL (a database of its own): candidates from the phone's block and the birth key's within
 * a province, pairs kept once whichever way round and keeping their resolution, and the scan of the
 * whole register finding what registrations without the check let in.
 */
class DuplicateRegisterTest {

    private static final LocalDate ON = LocalDate.of(2018, 9, 10);
    /** A database of its own: the scan reads the whole register. */
    private static final TestDatabase DB = TestDatabase.own();
    private final OutboundPorts ports = DB.ports();
    private final DuplicateRegister register = PostgresAdapters.duplicates(ports, DB.vault());
    private final OkoceCore checking = OkoceCore.builder(ports).duplicates(register).build();
    private final OkoceCore unchecked = OkoceCore.assemble(ports);
    private final Actor hub = Actor.system();

    private static LocalDate rareBirth() {
        return LocalDate.of(1951, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 45));
    }

    private static String phone() {
        return "0857" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static RegisterMemberCommand person(String kecamatan, LocalDate born, int serial, String name, String phone) {
        String area = kecamatan.replace(".", "");
        return new RegisterMemberCommand(Actor.system(), Nik.parse(Niks.nik(area, born, Sex.FEMALE, serial), ON), name,
                PhoneNumber.parse(phone), KecamatanCode.of(kecamatan),
                new Business("Warung", BusinessSector.KULINER, LocalDate.of(2017, 1, 1), Optional.empty()), ON);
    }

    private static List<MemberId> ids(List<KnownPerson> people) {
        return people.stream().map(KnownPerson::id).toList();
    }

    @Test
    void candidates_share_the_phone_or_the_birth_date_and_sex_in_the_province() {
        LocalDate born = rareBirth();
        String phone = phone();
        Member a = unchecked.registerMember().register(person("35.78.01", born, 1, "Rina Kartika", phone));
        Member b = unchecked.registerMember().register(person("35.78.02", born, 2, "Wahyu Nasution", phone()));
        Member c = unchecked.registerMember().register(person("31.71.01", rareBirth(), 3, "Eko Siregar", phone));
        Member far = unchecked.registerMember().register(person("32.73.01", born, 4, "Made Wijaya", phone()));

        PersonFacts asked = PersonFacts.of(Nik.parse(Niks.nik("357801", born, Sex.FEMALE, 9), ON), "Rina Kartika",
                PhoneNumber.parse(phone), KecamatanCode.of("35.78.01"));
        List<KnownPerson> found = register.candidatesFor(asked, 50);
        assertThat(ids(found)).contains(a.id(), b.id(), c.id()).doesNotContain(far.id()).doesNotHaveDuplicates();
        assertThat(ids(found).indexOf(c.id())).as("the phone's block first").isLessThan(ids(found).indexOf(b.id()));
        KnownPerson known = found.stream().filter(k -> k.id().equals(a.id())).findFirst().orElseThrow();
        assertThat(known.facts().nik()).isEqualTo(a.nik());
        assertThat(known.number()).isEqualTo(a.number());
        assertThat(register.candidatesFor(asked, 1)).hasSize(1);
    }

    @Test
    void the_scan_finds_what_registrations_without_the_check_let_in_and_keeps_resolutions() {
        LocalDate born = rareBirth();
        String phone = phone();
        Member first = unchecked.registerMember().register(person("35.78.01", born, 11, "Sri Handayani", phone));
        Member typo = unchecked.registerMember().register(person("35.78.01", born, 17, "Sri Handayanie", phone));
        Member alike = unchecked.registerMember().register(person("35.78.01", born, 53, "Sri Handayani Putri", phone()));
        Member stranger = unchecked.registerMember().register(person("35.78.05", born, 71, "Joko Pratama", phone()));

        ScanReport report = checking.scanDuplicates().scan(hub);
        assertThat(report.found()).isGreaterThanOrEqualTo(2);
        List<DuplicatePair> open = allOpen();
        DuplicatePair likely = pairOf(open, first, typo).orElseThrow();
        assertThat(likely.score().verdict(id.okoce.domain.duplicate.DuplicateScore.Thresholds.STANDARD))
                .isEqualTo(id.okoce.domain.duplicate.DuplicateScore.Verdict.LIKELY_DUPLICATE);
        assertThat(likely.foundBy()).isEqualTo("SCAN");
        assertThat(pairOf(open, first, alike)).isPresent();
        assertThat(pairOf(open, first, stranger)).isEmpty();

        ScanReport again = checking.scanDuplicates().scan(hub);
        assertThat(again.opened()).as("nothing new the second time").isZero();
        checking.reviewDuplicates().resolveDistinct(hub, likely.id(), Optional.of("two sisters"));
        checking.scanDuplicates().scan(hub);
        assertThat(register.pair(likely.id()).orElseThrow().status()).isEqualTo(DuplicatePair.Status.DISTINCT);
        assertThat(pairOf(allOpen(), first, typo)).isEmpty();
    }

    @Test
    void a_registration_refused_as_a_likely_duplicate_leaves_nothing_and_a_confirmed_one_keeps_its_pair() {
        LocalDate born = rareBirth();
        String phone = phone();
        Member first = checking.registerMember().register(person("35.78.01", born, 21, "Ani Susanti", phone));
        long before = register.openCount();
        RegisterMemberCommand again = person("35.78.01", born, 22, "Ani Susanti", phone);
        assertThatThrownBy(() -> checking.registerMember().register(again)).isInstanceOf(PossibleDuplicateException.class)
                .satisfies(e -> assertThat(((PossibleDuplicateException) e).candidates()).extracting(PossibleDuplicateException.Candidate::number)
                        .containsExactly(first.number()));
        assertThat(register.openCount()).isEqualTo(before);
        Member confirmed = checking.registerMember().register(again.confirmingDistinct(true));
        long id = org.jdbi.v3.core.Jdbi.create(DB.database().dataSource()).withHandle(h -> h.createQuery(
                "SELECT id FROM duplicate_pairs WHERE least(first_id, second_id) = least(CAST(:a AS uuid), CAST(:b AS uuid)) "
                        + "AND greatest(first_id, second_id) = greatest(CAST(:a AS uuid), CAST(:b AS uuid))")
                .bind("a", first.id().value().toString()).bind("b", confirmed.id().value().toString()).mapTo(Long.class).one());
        DuplicatePair pair = register.pair(id).orElseThrow();
        assertThat(pair.status()).as("the hub (the system here) confirmed: settled").isEqualTo(DuplicatePair.Status.DISTINCT);
        assertThat(pair.foundBy()).isEqualTo("CONFIRMED_AT_REGISTRATION");
    }

    @Test
    void a_merge_closes_the_later_member_and_hands_its_pairs_to_the_survivor_a_distinct_one_staying_distinct() {
        LocalDate born = rareBirth();
        String phone = phone();
        Member first = unchecked.registerMember().register(person("35.78.03", born, 31, "Wulan Permatasari", phone));
        Member typo = unchecked.registerMember().register(person("35.78.03", born, 37, "Wulan Permatasarie", phone));
        Member other = unchecked.registerMember().register(person("35.78.04", rareBirth(), 90, "Agus Salim", phone()));
        java.time.Instant now = java.time.Instant.now();
        DuplicateScore score = id.okoce.domain.duplicate.DuplicateScorer.score(
                PersonFacts.of(first.nik(), first.fullName(), first.phone(), first.domicile()),
                PersonFacts.of(typo.nik(), typo.fullName(), typo.phone(), typo.domicile()));
        register.record(List.of(new DuplicateRegister.Found(first.id(), typo.id(), score, DuplicatePair.Status.OPEN, "SCAN", now,
                        Optional.empty()),
                new DuplicateRegister.Found(typo.id(), other.id(), score, DuplicatePair.Status.DISTINCT, "SCAN", now,
                        Optional.of("reviewer"))));
        long pair = pairOf(allOpen(), first, typo).orElseThrow().id();

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> register.merge(pair,
                new MergedMember(typo.id(), typo.number(), typo.domicile(), first.id(), first.number(), ON), typo.version() + 5)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(register.pair(pair)).as("a stale merge leaves everything").isPresent();
        assertThat(ports.members().findById(typo.id())).isPresent();

        ReviewDuplicatesUseCase.Merged merged = checking.reviewDuplicates().merge(hub, pair, Optional.of("one woman"));
        assertThat(merged.survivor().id()).isEqualTo(first.id());
        assertThat(ports.members().findById(typo.id())).isEmpty();
        assertThat(ports.members().findMerged(typo.id())).get().extracting(MergedMember::survivor, MergedMember::survivorNumber)
                .containsExactly(first.id(), first.number());
        assertThat(ports.members().findMerged(first.id())).isEmpty();
        assertThat(register.pair(pair)).isEmpty();
        DuplicatePair moved = register.open(Optional.empty(), Optional.of(first.id()), 10, Optional.empty()).stream()
                .filter(p -> p.first().id().equals(other.id()) || p.second().id().equals(other.id())).findFirst()
                .orElseGet(() -> org.jdbi.v3.core.Jdbi.create(DB.database().dataSource()).withHandle(h -> h.createQuery(
                        "SELECT id FROM duplicate_pairs WHERE first_id = least(CAST(:a AS uuid), CAST(:b AS uuid)) "
                                + "AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))")
                        .bind("a", first.id().value().toString()).bind("b", other.id().value().toString()).mapTo(Long.class)
                        .findOne()).flatMap(register::pair).orElseThrow());
        assertThat(moved.status()).as("declared two people with the merged member: two people with the survivor")
                .isEqualTo(DuplicatePair.Status.DISTINCT);
        assertThatThrownBy(() -> checking.reviewDuplicates().merge(hub, pair, Optional.empty()))
                .isInstanceOf(id.okoce.domain.shared.DomainException.class);
    }

    private List<DuplicatePair> allOpen() {
        List<DuplicatePair> all = new ArrayList<>();
        Optional<DuplicatePair> after = Optional.empty();
        while (true) {
            List<DuplicatePair> page = register.open(Optional.empty(), Optional.empty(), 500, after);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
    }

    private static Optional<DuplicatePair> pairOf(List<DuplicatePair> pairs, Member a, Member b) {
        return pairs.stream().filter(p -> List.of(p.first().id(), p.second().id()).containsAll(List.of(a.id(), b.id()))).findFirst();
    }
}
