package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.access.IssuedToken;
import id.okoce.application.port.in.partner.ChangePartnerStandingCommand;
import id.okoce.application.port.in.partner.RegisterPartnerCommand;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerError;
import id.okoce.domain.partner.PartnerId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TokenServicesTest {

    private final Network network = new Network();

    @Test
    void the_first_admin_token_is_issued_once_and_only_its_hash_is_kept() {
        IssuedToken first = network.core.manageTokens().issueFirstAdminToken().orElseThrow();
        assertThat(first.secret()).startsWith("okoce_").hasSizeGreaterThan(40);
        assertThat(first.token().secretHash()).doesNotContain(first.secret()).hasSize(64);
        assertThat(first.toString()).doesNotContain(first.secret());
        assertThat(network.core.manageTokens().issueFirstAdminToken()).isEmpty();
        assertThat(network.core.authenticate().authenticate(first.secret())).get().isInstanceOf(Actor.HubAdmin.class);
    }

    @Test
    void partner_and_bank_tokens_act_as_their_partner_and_bank() {
        Partner jabar = network.validatedPartner("32");
        IssuedToken partnerToken = network.core.manageTokens().issue(HUB, Role.PARTNER, Optional.of(jabar.id()), Optional.empty());
        IssuedToken bankToken = network.core.manageTokens().issue(HUB, Role.BANK, Optional.empty(), Optional.of(" Bank DKI "));
        assertThat(network.core.authenticate().authenticate(partnerToken.secret()))
                .as("the partner, acting through its token").contains(new Actor.PartnerActor(jabar.id(), jabar.province(),
                        Optional.of(partnerToken.token().id())));
        assertThat(network.core.authenticate().authenticate(bankToken.secret()))
                .contains(new Actor.BankActor("Bank DKI", Optional.of(bankToken.token().id())));
        assertThat(network.core.authenticate().authenticate("okoce_not-a-token")).isEmpty();
        assertThat(network.core.authenticate().authenticate(null)).isEmpty();
        assertThat(network.core.authenticate().authenticate("x".repeat(500))).isEmpty();
    }

    @Test
    void suspending_a_partner_disables_its_tokens_at_once_and_revoking_a_token_too() {
        Partner jabar = network.validatedPartner("32");
        IssuedToken token = network.core.manageTokens().issue(HUB, Role.PARTNER, Optional.of(jabar.id()), Optional.empty());
        network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, jabar.id(),
                ChangePartnerStandingCommand.Change.SUSPEND, Optional.of("audit"), OptionalLong.empty()));
        assertThat(network.core.authenticate().authenticate(token.secret())).isEmpty();
        network.core.changePartnerStanding().change(new ChangePartnerStandingCommand(HUB, jabar.id(),
                ChangePartnerStandingCommand.Change.REINSTATE, Optional.empty(), OptionalLong.empty()));
        assertThat(network.core.authenticate().authenticate(token.secret())).isPresent();
        network.core.manageTokens().revoke(HUB, token.token().id());
        assertThat(network.core.authenticate().authenticate(token.secret())).isEmpty();
        assertRefused(() -> network.core.manageTokens().revoke(HUB, TokenId.random()), AccessError.TOKEN_NOT_FOUND);
    }

    @Test
    void only_the_hub_issues_and_only_to_validated_partners() {
        Partner jabar = network.validatedPartner("32");
        Actor asJabar = Network.as(jabar);
        assertRefused(() -> network.core.manageTokens().issue(asJabar, Role.HUB_ADMIN, Optional.empty(), Optional.empty()),
                AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.manageTokens().revoke(asJabar, TokenId.random()), AccessError.ACCESS_DENIED);
        assertRefused(() -> network.core.manageTokens().issue(HUB, Role.PARTNER, Optional.empty(), Optional.empty()),
                AccessError.TOKEN_BINDING_INVALID);
        assertRefused(() -> network.core.manageTokens().issue(HUB, Role.HUB_ADMIN, Optional.empty(), Optional.of("Bank DKI")),
                AccessError.TOKEN_BINDING_INVALID);
        assertRefused(() -> network.core.manageTokens().issue(HUB, Role.PARTNER, Optional.of(PartnerId.random()), Optional.empty()),
                ApplicationError.PARTNER_NOT_FOUND);
        Partner waiting = network.core.registerPartner().register(new RegisterPartnerCommand(HUB,
                "Komunitas Baru", Optional.empty(), jabar.province(), jabar.contact()));
        assertRefused(() -> network.core.manageTokens().issue(HUB, Role.PARTNER, Optional.of(waiting.id()), Optional.empty()),
                PartnerError.PARTNER_NOT_VALIDATED);
    }
}
