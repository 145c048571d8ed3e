package id.okoce.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.params.provider.CsvSource;

/** Indonesian names folded for comparison: each pair is one person written two ways, or two people. */
class PersonNamesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Soekarno | Sukarno",
        "Djoko Widodo | Joko Widodo",
        "Tjahjo Kumolo | Cahyo Kumolo",
        "Soesilo Bambang Joedhojono | Susilo Bambang Yudhoyono",
        "Njoman Suarsa | Nyoman Suarsa",
        "Sjahrir | Syahrir",
        "Chairul Tanjung | Khairul Tanjung",
        "Mohammad Hatta | Muhammad Hatta",
        "Moch. Rizki | Muhamad Rizki",
        "M. Hidayat | M Hidayat",
        "H. Ahmad Dahlan | Ahmad Dahlan",
        "Hj. Siti Aisyah | Siti Aisyah",
        "Dr. Ir. Bambang Sutrisno, S.E. | Bambang Sutrisno",
        "Prof. Dr. Emil Salim | Emil Salim",
        "  SITI   rahma  | Siti Rahma",
        "Dewi Lestari, S.Kom. | dewi lestari",
        "Soeharto | Suharto",
    })
    void one_person_written_two_ways_has_one_key(String a, String b) {
        assertThat(PersonNames.searchKey(a)).isEqualTo(PersonNames.searchKey(b)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "Siti Rahma | Siti Rahmawati",
        "Budi Santoso | Budi Susanto",
        "Dewi | Dewi Lestari",
        "Agus Salim | Salim Agus",
        "Nur Hidayah | Nurul Hidayah",
    })
    void two_spellings_of_different_names_keep_different_keys(String a, String b) {
        assertThat(PersonNames.searchKey(a)).isNotEqualTo(PersonNames.searchKey(b));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Siti Rahmawati | Siti Rahmawaty",
        "Budi Santoso | Budi Santosa",
        "Kurniawan Saputra | Kurniawan Saputri",
        "Muhammad Rizki | Muhammad Rizky",
    })
    void a_typo_leaves_names_alike(String a, String b) {
        assertThat(PersonNames.similarity(PersonNames.searchKey(a), PersonNames.searchKey(b))).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest(name = "single name {0}")
    @CsvSource({"Sukarno", "Suharto", "Boediono"})
    void a_single_name_is_a_full_name(String name) {
        assertThat(PersonNames.searchKey(name)).doesNotContain(" ").isNotEmpty();
    }

    private static Gen<String> keys() {
        return SourceDSL.strings().betweenCodePoints('a', 'g').ofLengthBetween(0, 14).zip(SourceDSL.integers().between(0, 13),
                (letters, at) -> letters.length() > at && at > 0 ? letters.substring(0, at) + " " + letters.substring(at) : letters);
    }

    @Test
    void trigram_codes_compare_as_the_trigram_sets_do() {
        qt().forAll(keys(), keys()).checkAssert((a, b) -> assertThat(
                PersonNames.similarity(PersonNames.trigramCodes(a), PersonNames.trigramCodes(b)))
                .isEqualTo(PersonNames.similarity(a, b)));
    }
}
