package id.okoce.domain.member;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberCriteriaTest {

    private static final ProvinceCode JABAR = ProvinceCode.of("32");

    @Test
    void a_partners_search_is_confined_to_its_province() {
        Actor partner = new Actor.PartnerActor(PartnerId.random(), JABAR);
        assertThat(MemberCriteria.all(10).asSeenBy(partner)).get().extracting(MemberCriteria::province).isEqualTo(Optional.of(JABAR));
        assertThat(MemberCriteria.all(10).inProvince(ProvinceCode.of("31")).asSeenBy(partner)).isEmpty();
        assertThat(MemberCriteria.all(10).asSeenBy(new Actor.HubAdmin("x"))).contains(MemberCriteria.all(10));
    }

    @Test
    void the_page_size_is_one_to_five_hundred_and_a_cursor_keeps_the_filters() {
        assertRefused(() -> MemberCriteria.all(0), MemberError.QUERY_LIMIT_INVALID, "limit");
        assertRefused(() -> MemberCriteria.all(501), MemberError.QUERY_LIMIT_INVALID, "limit");
        MemberCursor cursor = MemberCursor.after(MemberNumber.parse("OKOCE-32-0000010"));
        MemberCriteria next = MemberCriteria.all(500).inProvince(JABAR).after(cursor);
        assertThat(next.after()).contains(cursor);
        assertThat(next.province()).contains(JABAR);
        assertThat(new MemberPage(List.of(), Optional.empty()).members()).isEmpty();
    }

    @Test
    void a_ranked_cursor_belongs_to_a_search_by_name_and_a_plain_one_to_any_other() {
        MemberCursor ranked = new MemberCursor(java.util.OptionalInt.of(9000), MemberNumber.parse("OKOCE-32-0000010"));
        assertRefused(() -> MemberCriteria.all(10).after(ranked), MemberError.CURSOR_INVALID, "cursor");
        assertRefused(() -> MemberCriteria.all(10).named(new NameQuery("Siti")).after(MemberCursor.after(ranked.number())),
                MemberError.CURSOR_INVALID, "cursor");
        assertThat(MemberCriteria.all(10).named(new NameQuery("Siti")).after(ranked).after()).contains(ranked);
    }

    @Test
    void a_name_query_needs_two_letters_besides_titles() {
        assertRefused(() -> new NameQuery("H."), MemberError.NAME_QUERY_INVALID, "name");
        assertRefused(() -> new NameQuery("x".repeat(151)), MemberError.NAME_QUERY_INVALID, "name");
        assertThat(new NameQuery("Dr. Ir. Soekarno").key()).isEqualTo("sukarno");
    }

    @Test
    void every_filter_matches_and_a_name_search_ranks_then_pages_by_score() {
        Member siti = id.okoce.domain.testdata.MemberBuilder.aMember().inKecamatan("32.73.01").named("Siti Rahma").withSequence(2)
                .withStagesDone(id.okoce.domain.stage.Stage.TRAINING).build();
        Member sitiH = id.okoce.domain.testdata.MemberBuilder.aMember().inKecamatan("32.73.01").named("Siti Rahmawati")
                .withSequence(1).build();
        MemberCriteria byName = MemberCriteria.all(10).named(new NameQuery("Siti Rahma"));
        assertThat(byName.matches(siti)).isTrue();
        assertThat(byName.order().compare(siti, sitiH)).as("the closer name first, whatever the numbers").isNegative();
        MemberCriteria next = byName.after(byName.cursorOf(siti));
        assertThat(next.isAfterCursor(siti)).isFalse();
        assertThat(next.isAfterCursor(sitiH)).isTrue();
        assertThat(MemberCriteria.all(10).withNik(siti.nik()).matches(siti)).isTrue();
        assertThat(MemberCriteria.all(10).withNik(sitiH.nik()).matches(siti)).isFalse();
        assertThat(MemberCriteria.all(10).withNumber(siti.number()).matches(siti)).isTrue();
        assertThat(MemberCriteria.all(10).withPhone(siti.phone()).inKecamatan(siti.domicile())
                .reached(id.okoce.domain.stage.Stage.TRAINING).matches(siti)).isTrue();
        assertThat(MemberCriteria.all(10).reached(id.okoce.domain.stage.Stage.TRAINING).matches(sitiH)).isFalse();
        MemberCriteria plain = MemberCriteria.all(10).after(MemberCursor.after(sitiH.number()));
        assertThat(plain.isAfterCursor(siti)).isTrue();
        assertThat(plain.order().compare(sitiH, siti)).isNegative();
    }
}
