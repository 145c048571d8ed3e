package id.okoce.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static WebhookEndpoint endpoint(Set<String> types, Optional<String> previous, Optional<Instant> until) {
        return new WebhookEndpoint(UUID.randomUUID(), Optional.of(PartnerId.random()), "https://mitra.example.org/hook", types, "", "whsec_new",
                previous, until, NOW, 0, 0, Optional.empty(), NOW, Optional.empty(), Optional.empty());
    }

    @Test
    void an_endpoint_takes_the_types_it_asked_for_or_all() {
        assertThat(endpoint(Set.of(), Optional.empty(), Optional.empty()).wants("stage.completed")).isTrue();
        WebhookEndpoint stages = endpoint(Set.of("stage.completed"), Optional.empty(), Optional.empty());
        assertThat(stages.wants("stage.completed")).isTrue();
        assertThat(stages.wants("member.registered")).isFalse();
    }

    @Test
    void during_a_rotation_both_secrets_sign_and_afterwards_only_the_new() {
        WebhookEndpoint rotated = endpoint(Set.of(), Optional.of("whsec_old"), Optional.of(NOW.plusSeconds(3600)));
        assertThat(rotated.signingSecrets(NOW)).containsExactly("whsec_new", "whsec_old");
        assertThat(rotated.signingSecrets(NOW.plusSeconds(3601))).containsExactly("whsec_new");
        assertThat(endpoint(Set.of(), Optional.empty(), Optional.empty()).signingSecrets(NOW)).containsExactly("whsec_new");
    }

    @Test
    void an_attempt_is_delivered_on_a_2xx_answer_only() {
        assertThat(new DeliveryAttempt(1, NOW, OptionalInt.of(204), 3, Optional.empty()).delivered()).isTrue();
        assertThat(new DeliveryAttempt(1, NOW, OptionalInt.of(302), 3, Optional.of("answered 302")).delivered()).isFalse();
        assertThat(new DeliveryAttempt(1, NOW, OptionalInt.empty(), 10_000, Optional.of("timeout")).delivered()).isFalse();
    }

    @Test
    void a_published_event_keeps_its_place_and_area() {
        NetworkEvent event = new NetworkEvent("member.registered", NOW, Optional.of(ProvinceCode.of("32")), "m-1", Optional.of("m-1"),
                Map.of("kecamatan", "32.73.01"));
        PublishedEvent published = new PublishedEvent(7, event, Optional.of(RegencyCode.of("32.73")));
        assertThat(published.id()).isEqualTo(7);
        assertThat(published.regency()).contains(RegencyCode.of("32.73"));
        assertThatThrownBy(() -> new PublishedEvent(8, null, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThat(List.copyOf(NetworkEvent.TYPES)).contains("import.completed", "partner.suspended");
    }
}
