package id.okoce.domain.access;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTest {

    private static final ProvinceCode JABAR = ProvinceCode.of("32");
    private static final ProvinceCode DKI = ProvinceCode.of("31");
    private final PartnerId partnerId = PartnerId.random();
    private final Actor hub = new Actor.HubAdmin("admin");
    private final Actor partner = new Actor.PartnerActor(partnerId, JABAR);
    private final Actor bank = new Actor.BankActor(" Bank DKI ");

    @Test
    void the_hub_sees_everything_a_partner_its_province_a_bank_no_member_data() {
        assertThat(hub.canSee(DKI)).isTrue();
        assertThat(partner.canSee(JABAR)).isTrue();
        assertThat(partner.canSee(DKI)).isFalse();
        assertThat(bank.canSee(DKI)).isFalse();
        assertThat(Actor.system().isHub()).isTrue();
        assertThat(hub.role()).isEqualTo(Role.HUB_ADMIN);
        assertThat(partner.role()).isEqualTo(Role.PARTNER);
        assertThat(bank.role()).isEqualTo(Role.BANK);
    }

    @Test
    void roles_and_provinces_are_required_where_they_matter() {
        hub.requireRole("x", Role.HUB_ADMIN);
        assertRefused(() -> partner.requireRole("issue tokens", Role.HUB_ADMIN), AccessError.ACCESS_DENIED);
        assertRefused(() -> bank.requireHub("validate"), AccessError.ACCESS_DENIED);
        hub.requireHub("validate");
        partner.requireProvince(JABAR, "kecamatan", "register");
        assertRefused(() -> partner.requireProvince(DKI, "kecamatan", "register"), AccessError.REGION_OUT_OF_SCOPE, "kecamatan");
        assertRefused(() -> bank.requireProvince(DKI, "kecamatan", "register"), AccessError.ACCESS_DENIED);
    }

    @Test
    void who_acts_for_whom_and_scope_keys() {
        assertThat(hub.actsFor(partnerId)).isTrue();
        assertThat(partner.actsFor(partnerId)).isTrue();
        assertThat(partner.actsFor(PartnerId.random())).isFalse();
        assertThat(bank.actsFor(partnerId)).isFalse();
        assertThat(partner.partner()).contains(partnerId);
        assertThat(hub.partner()).isEmpty();
        assertThat(partner.partnerProvince()).contains(JABAR);
        assertThat(hub.partnerProvince()).isEmpty();
        assertThat(hub.scopeKey()).isEqualTo("hub:admin");
        assertThat(partner.scopeKey()).isEqualTo("partner:" + partnerId);
        assertThat(bank.scopeKey()).isEqualTo("bank:bank dki");
    }

    @Test
    void a_bank_sees_its_own_products_everyone_else_all() {
        assertThat(bank.canSeeProductOf("bank dki")).isTrue();
        assertThat(bank.canSeeProductOf("Bank BRI")).isFalse();
        assertThat(hub.canSeeProductOf("Bank BRI")).isTrue();
        assertThat(partner.canSeeProductOf("Bank BRI")).isTrue();
        assertRefused(() -> new Actor.BankActor(" "), AccessError.ACCESS_DENIED);
    }

    @Test
    void roles_parse_and_tokens_bind_to_fit_their_role() {
        assertThat(Role.parse(" partner ")).isEqualTo(Role.PARTNER);
        assertRefused(() -> Role.parse("ROOT"), AccessError.ROLE_UNKNOWN, "role");
        assertRefused(() -> Role.parse(null), AccessError.ROLE_UNKNOWN, "role");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        ApiToken token = new ApiToken(TokenId.random(), Role.PARTNER, Optional.of(partnerId), Optional.empty(), "ab", now, Optional.empty());
        assertThat(token.active()).isTrue();
        assertThat(new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(), "ab", now, Optional.of(now)).active())
                .isFalse();
        assertRefused(() -> new ApiToken(TokenId.random(), Role.PARTNER, Optional.empty(), Optional.empty(), "ab", now, Optional.empty()),
                AccessError.TOKEN_BINDING_INVALID, "partnerId");
        assertRefused(() -> new ApiToken(TokenId.random(), Role.BANK, Optional.empty(), Optional.empty(), "ab", now, Optional.empty()),
                AccessError.TOKEN_BINDING_INVALID, "bank");
        assertRefused(() -> new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.of(partnerId), Optional.empty(), "ab", now,
                Optional.empty()), AccessError.TOKEN_BINDING_INVALID, "partnerId");
        for (String bad : new String[] {"", "   ", "B".repeat(101), "Bank\nDKI"}) {
            assertRefused(() -> new ApiToken(TokenId.random(), Role.BANK, Optional.empty(), Optional.of(bad), "ab", now,
                    Optional.empty()), AccessError.TOKEN_BINDING_INVALID, "bank");
        }
        assertThat(new ApiToken(TokenId.random(), Role.BANK, Optional.empty(), Optional.of(" Bank DKI "), "ab", now,
                Optional.empty()).bank()).as("a bank's name is kept stripped, as products keep it").contains("Bank DKI");
        TokenId id = TokenId.random();
        assertThat(TokenId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> TokenId.parse("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
