package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.TokenRepository}. */
public abstract class TokenRepositoryContract extends PortContract {

    private static final Instant NOW = Instant.parse("2026-01-01T03:00:00Z");

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    @Test
    void tokens_are_found_by_hash_and_id_with_their_binding() {
        PartnerId partner = savedPartner("32").id();
        ApiToken partnerToken = new ApiToken(TokenId.random(), Role.PARTNER, Optional.of(partner), Optional.empty(), hash(), NOW,
                Optional.empty());
        ApiToken bankToken = new ApiToken(TokenId.random(), Role.BANK, Optional.empty(), Optional.of("Bank DKI"), hash(), NOW,
                Optional.empty());
        ports.tokens().add(partnerToken);
        ports.tokens().add(bankToken);
        assertThat(ports.tokens().findByHash(partnerToken.secretHash())).contains(partnerToken);
        assertThat(ports.tokens().findById(bankToken.id())).contains(bankToken);
        assertThat(ports.tokens().findByHash(hash())).isEmpty();
        assertThat(ports.tokens().findById(TokenId.random())).isEmpty();
        assertThat(ports.tokens().any()).isTrue();
    }

    @Test
    void a_token_is_added_once_and_a_hash_belongs_to_one_token() {
        ApiToken token = new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(), hash(), NOW, Optional.empty());
        ports.tokens().add(token);
        assertThatThrownBy(() -> ports.tokens().add(token)).isInstanceOf(StaleVersionException.class);
        ApiToken sameHash = new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(), token.secretHash(), NOW,
                Optional.empty());
        assertThatThrownBy(() -> ports.tokens().add(sameHash)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void a_revocation_shows_in_the_next_lookup_keeps_the_first_time_and_unknown_ids_are_reported() {
        ApiToken token = new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(), hash(), NOW, Optional.empty());
        ports.tokens().add(token);
        assertThat(ports.tokens().findByHash(token.secretHash())).get().extracting(ApiToken::active).isEqualTo(true);
        Instant first = NOW.plus(1, ChronoUnit.HOURS);
        assertThat(ports.tokens().revoke(token.id(), first)).isTrue();
        assertThat(ports.tokens().revoke(token.id(), first.plus(1, ChronoUnit.DAYS))).isTrue();
        ApiToken revoked = ports.tokens().findByHash(token.secretHash()).orElseThrow();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedAt()).contains(first);
        assertThat(ports.tokens().revoke(TokenId.random(), first)).isFalse();
    }

    @Test
    void a_revocation_inside_a_transaction_shows_in_that_transaction_and_rolls_back_with_it() {
        ApiToken token = new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(), hash(), NOW, Optional.empty());
        ports.tokens().add(token);
        assertThat(ports.tokens().findByHash(token.secretHash()).orElseThrow().active()).isTrue();
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.tokens().revoke(token.id(), NOW);
            assertThat(ports.tokens().findByHash(token.secretHash()).orElseThrow().active()).isFalse();
            throw new IllegalStateException("the work fails after the revocation");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ports.tokens().findByHash(token.secretHash()).orElseThrow().active()).isTrue();
    }
}
