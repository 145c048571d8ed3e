package id.okoce.adapter.jdbc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.okoce.adapter.jdbc.TestDatabase;
import id.okoce.domain.member.PersonNames;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The likeness a store without PostgreSQL ranks names by ({@link PersonNames#similarity}) is the
 * one PostgreSQL's {@code pg_trgm} computes, checked against PostgreSQL itself on generated keys.
 */
class NameLikenessTest {

    private static final String LETTERS = "abdeghijklmnoprstuwz";

    private static Gen<String> keys() {
        Gen<String> word = lists().of(integers().between(0, LETTERS.length() - 1).map(i -> String.valueOf(LETTERS.charAt(i))))
                .ofSizeBetween(1, 8).map(letters -> String.join("", letters));
        return lists().of(word).ofSizeBetween(1, 3).map(words -> String.join(" ", words));
    }

    @Test
    void the_similarity_of_two_keys_is_pg_trgms() {
        Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());
        jdbi.useHandle(h -> qt().withExamples(300).forAll(keys(), keys()).checkAssert((a, b) -> {
            double postgres = h.createQuery("SELECT similarity(:a, :b)").bind("a", a).bind("b", b).mapTo(Double.class).one();
            assertThat(PersonNames.similarity(a, b)).as("similarity(%s, %s)", a, b).isCloseTo(postgres, within(1e-6));
        }));
    }

    @Test
    void the_names_of_the_issue_are_alike_in_postgresql_too() {
        Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());
        for (List<String> pair : List.of(List.of("Soekarno", "Sukarno"), List.of("Djoko Widodo", "Joko Widodo"),
                List.of("Siti Rahma", "Siti Rahmah"))) {
            String a = PersonNames.searchKey(pair.get(0));
            String b = PersonNames.searchKey(pair.get(1));
            boolean alike = jdbi.withHandle(h -> h.createQuery("SELECT :a % :b").bind("a", a).bind("b", b).mapTo(Boolean.class).one());
            assertThat(alike).as(pair.toString()).isTrue();
        }
    }
}
