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
        MemberNumber cursor = MemberNumber.parse("OKOCE-32-0000010");
        MemberCriteria next = MemberCriteria.all(500).inProvince(JABAR).after(cursor);
        assertThat(next.after()).contains(cursor);
        assertThat(next.province()).contains(JABAR);
        assertThat(new MemberPage(List.of(), Optional.empty()).members()).isEmpty();
    }
}
