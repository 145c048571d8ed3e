package id.okoce.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class DuplicateScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);
    private static final DuplicateScore.Thresholds T = DuplicateScore.Thresholds.STANDARD;

    private static PersonFacts person(String name, String kecamatan, LocalDate born, int serial, String phone) {
        String area = kecamatan.replace(".", "");
        return PersonFacts.of(Nik.parse(Niks.nik(area, born, Sex.FEMALE, serial), TODAY), name, PhoneNumber.parse(phone),
                KecamatanCode.of(kecamatan));
    }

    private final PersonFacts siti = person("Hj. Siti Rahmawati", "31.71.01", BORN, 12, "081234567890");

    @Test
    void the_same_person_with_a_typo_in_the_nik_is_a_likely_duplicate_and_says_why() {
        DuplicateScore typo = DuplicateScorer.score(siti, person("Siti Rahmawati", "31.71.01", BORN, 21, "0812-3456-7890"));
        assertThat(typo.verdict(T)).isEqualTo(DuplicateScore.Verdict.LIKELY_DUPLICATE);
        assertThat(typo.contributions()).extracting(DuplicateScore.Contribution::comparison).containsExactly(Comparison.values());
        assertThat(typo.contributions()).anySatisfy(c -> {
            assertThat(c.comparison()).isEqualTo(Comparison.NIK_SERIAL);
            assertThat(c.outcome()).isEqualTo(DuplicateScore.Outcome.DIFFER);
            assertThat(c.weight()).isNegative();
        });
        assertThat(typo.total()).isCloseTo(typo.contributions().stream().mapToDouble(DuplicateScore.Contribution::weight).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void old_spellings_swapped_names_a_new_phone_and_a_move_within_the_kabupaten_still_find_the_person() {
        PersonFacts djoko = person("Djoko Soesilo", "33.74.01", BORN, 7, "081234567890");
        PersonFacts joko = person("Susilo Joko", "33.74.02", BORN, 7, "085712345678");
        DuplicateScore score = DuplicateScorer.score(djoko, joko);
        assertThat(score.contributions()).filteredOn(c -> c.comparison() == Comparison.NAME)
                .extracting(DuplicateScore.Contribution::outcome).containsExactly(DuplicateScore.Outcome.AGREE);
        assertThat(score.contributions()).filteredOn(c -> c.comparison() == Comparison.DOMICILE)
                .extracting(DuplicateScore.Contribution::outcome).containsExactly(DuplicateScore.Outcome.PARTLY);
        assertThat(score.verdict(T)).isNotEqualTo(DuplicateScore.Verdict.DISTINCT);
        PersonFacts mohammad = person("Mohammad Rizki", "31.71.01", BORN, 3, "081111111111");
        assertThat(DuplicateScorer.score(mohammad, person("Muhamad Rizky", "31.71.01", BORN, 3, "081111111111")).verdict(T))
                .isEqualTo(DuplicateScore.Verdict.LIKELY_DUPLICATE);
    }

    @Test
    void neighbours_with_alike_names_born_on_other_days_are_two_people() {
        PersonFacts neighbour = person("Siti Rahmawati Dewi", "31.71.01", LocalDate.of(1985, 2, 3), 40, "081299998888");
        assertThat(DuplicateScorer.score(siti, neighbour).verdict(T)).isEqualTo(DuplicateScore.Verdict.DISTINCT);
        PersonFacts stranger = person("Budi Santoso", "51.71.01", LocalDate.of(1970, 1, 1), 12, "081377776666");
        assertThat(DuplicateScorer.score(siti, stranger).total()).isNegative();
        assertThatThrownBy(() -> new DuplicateScore.Thresholds(10, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final List<String> NAMES = List.of("Siti Rahmawati", "Sitti Rachmawati", "Budi Santoso", "Boedi Santoso",
            "Muhammad Rizki", "Moch. Rizky", "Dewi Lestari", "Agus Salim");
    private static final List<String> KECAMATAN = List.of("31.71.01", "31.71.02", "32.73.01", "33.74.01");
    private static final List<String> PHONES = List.of("081234567890", "081299998888", "085712345678");

    private static Gen<PersonFacts> people() {
        return SourceDSL.integers().between(0, NAMES.size() - 1).zip(SourceDSL.integers().between(0, KECAMATAN.size() - 1),
                SourceDSL.integers().between(0, 3), (n, k, b) -> new int[] {n, k, b})
                .zip(SourceDSL.integers().between(1, 4), SourceDSL.integers().between(0, PHONES.size() - 1), (nkb, s, p) ->
                        person(NAMES.get(nkb[0]), KECAMATAN.get(nkb[1]), BORN.plusDays(nkb[2] * 400L), s, PHONES.get(p)));
    }

    @Test
    void a_score_is_symmetric_and_its_explanation_adds_up() {
        qt().forAll(people(), people()).checkAssert((a, b) -> {
            DuplicateScore ab = DuplicateScorer.score(a, b);
            DuplicateScore ba = DuplicateScorer.score(b, a);
            assertThat(ab.total()).isCloseTo(ba.total(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(ab.total()).isCloseTo(ab.contributions().stream().mapToDouble(DuplicateScore.Contribution::weight).sum(),
                    org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void a_person_is_most_like_themself_and_making_one_field_agree_never_lowers_a_score() {
        qt().forAll(people(), people(), Generate.pick(List.of("name", "phone", "kecamatan", "nik"))).checkAssert((a, b, field) -> {
            DuplicateScore self = DuplicateScorer.score(a, a);
            assertThat(self.verdict(T)).isEqualTo(DuplicateScore.Verdict.LIKELY_DUPLICATE);
            assertThat(DuplicateScorer.score(a, b).total()).isLessThanOrEqualTo(self.total() + 1e-9);
            PersonFacts closer = switch (field) {
                case "name" -> new PersonFacts(b.nik(), a.nameKey(), b.phone(), b.kecamatan());
                case "phone" -> new PersonFacts(b.nik(), b.nameKey(), a.phone(), b.kecamatan());
                case "kecamatan" -> new PersonFacts(b.nik(), b.nameKey(), b.phone(), a.kecamatan());
                default -> new PersonFacts(a.nik(), b.nameKey(), b.phone(), b.kecamatan());
            };
            assertThat(DuplicateScorer.score(a, closer).total()).as("%s made to agree", field)
                    .isGreaterThanOrEqualTo(DuplicateScorer.score(a, b).total() - 1e-9);
        });
    }

    @Test
    void a_bounded_score_is_the_full_score_when_it_reaches_the_floor_and_nothing_when_it_does_not() {
        qt().forAll(people(), people(), SourceDSL.integers().between(-20, 60)).checkAssert((a, b, floor) -> {
            DuplicateScore full = DuplicateScorer.score(a, b);
            java.util.Optional<DuplicateScore> bounded = DuplicateScorer.scoreAtLeast(a, b, floor);
            assertThat(bounded.isPresent()).as("score %s, floor %s", full.total(), floor).isEqualTo(full.total() >= floor);
            bounded.ifPresent(s -> assertThat(s).isEqualTo(full));
        });
    }
}
