package id.okoce.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Names searched by their key: a name written in the old spelling and in today's has one key, and
 * titles, case and spacing do not change it. The oracle builds each name from sounds and writes
 * it out twice from two spelling tables of its own (today's, and the one before 1972), so it
 * shares nothing with the folding it checks.
 */
class PersonNamesProperties {

    /** Sounds a name is made of; the upper-case ones are written differently in the two spellings. */
    private static final List<String> SOUNDS = List.of("a", "i", "e", "o", "b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
            "w", "U", "J", "Y", "C", "X", "N", "S");
    /** Today's spelling (EYD, 1972). */
    private static final Map<String, String> TODAY = Map.of("U", "u", "J", "j", "Y", "y", "C", "c", "X", "kh", "N", "ny", "S", "sy");
    /** The spelling before 1972 (van Ophuijsen, then Soewandi), as old names keep it. */
    private static final Map<String, String> OLD = Map.of("U", "oe", "J", "dj", "Y", "j", "C", "tj", "X", "ch", "N", "nj", "S", "sj");
    private static final List<String> TITLES = List.of("H.", "Hj.", "Dr.", "Ir.", "Drs.", "S.E.", "S.Kom.", "Prof.");

    private static Gen<List<List<String>>> names() {
        Gen<List<String>> word = lists().of(integers().between(0, SOUNDS.size() - 1).map(SOUNDS::get)).ofSizeBetween(2, 7);
        return lists().of(word).ofSizeBetween(1, 3);
    }

    private static String write(List<List<String>> name, Map<String, String> spelling) {
        StringBuilder out = new StringBuilder();
        for (List<String> word : name) {
            if (out.length() > 0) {
                out.append(' ');
            }
            StringBuilder w = new StringBuilder();
            for (String sound : word) {
                w.append(spelling.getOrDefault(sound, sound));
            }
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    @Test
    void a_name_in_the_old_spelling_has_the_key_of_the_same_name_today() {
        qt().forAll(names()).checkAssert(name -> assertThat(PersonNames.searchKey(write(name, OLD)))
                .as("old %s, today %s", write(name, OLD), write(name, TODAY))
                .isEqualTo(PersonNames.searchKey(write(name, TODAY))));
    }

    @Test
    void titles_case_and_spacing_do_not_change_the_key() {
        qt().forAll(names(), integers().between(0, TITLES.size() - 1), integers().between(0, TITLES.size() - 1))
                .checkAssert((name, before, after) -> {
                    String plain = write(name, TODAY);
                    String dressed = TITLES.get(before) + "  " + plain.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + ", "
                            + TITLES.get(after);
                    assertThat(PersonNames.searchKey(dressed)).as(dressed).isEqualTo(PersonNames.searchKey(plain));
                });
    }

    @Test
    void a_name_is_most_alike_itself_and_alike_is_symmetric() {
        qt().forAll(names(), names()).checkAssert((a, b) -> {
            String x = PersonNames.searchKey(write(a, TODAY));
            String y = PersonNames.searchKey(write(b, TODAY));
            assertThat(PersonNames.similarity(x, x)).isEqualTo(1.0);
            assertThat(PersonNames.similarity(x, y)).isEqualTo(PersonNames.similarity(y, x)).isBetween(0.0, 1.0);
        });
    }

    @Test
    void the_examples_of_the_issue_and_the_forms_of_muhammad() {
        assertThat(PersonNames.searchKey("Soekarno")).isEqualTo(PersonNames.searchKey("Sukarno"));
        assertThat(PersonNames.searchKey("Djoko Widodo")).isEqualTo(PersonNames.searchKey("Joko Widodo"));
        assertThat(PersonNames.searchKey("Tjahjo Koemolo")).isEqualTo(PersonNames.searchKey("Cahyo Kumolo"));
        for (String form : List.of("Muhammad", "Mohammad", "Moch.", "Muh.", "M.", "Mochamad")) {
            if (!form.equals("M.")) {
                assertThat(PersonNames.searchKey(form + " Hatta")).as(form).isEqualTo(PersonNames.searchKey("Muhammad Hatta"));
            }
        }
        assertThat(PersonNames.searchKey("Hj. Siti Rahma, S.E.")).isEqualTo("siti rahma");
        assertThat(PersonNames.similarity("siti rahma", "siti rahmah")).isGreaterThan(NameQuery.SIMILAR);
        assertThat(new NameQuery("Siti").finds("siti rahma")).as("one name of several").isTrue();
        assertThat(new NameQuery("Budi Santoso").finds("siti rahma")).isFalse();
    }
}
