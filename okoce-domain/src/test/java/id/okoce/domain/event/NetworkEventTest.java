package id.okoce.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.region.ProvinceCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NetworkEventTest {

    private static final Instant AT = Instant.parse("2019-06-30T03:00:00Z");

    private static AuditEntry entry(AuditAction action, List<FieldChange> changes) {
        return new AuditEntry(AT, Who.of(new Actor.HubAdmin("hub")), Origin.direct(), action, "obj-1",
                Optional.of(new MemberId(UUID.fromString("01a23d48-4a01-7ce0-8a1f-c12345678901"))), Optional.of(ProvinceCode.of("31")),
                changes, Optional.empty());
    }

    @Test
    void a_change_becomes_an_event_of_ids_codes_and_dates_and_nothing_personal() {
        NetworkEvent registered = NetworkEvent.of(entry(AuditAction.MEMBER_REGISTERED, List.of(
                FieldChange.of("nik", null, "3171014507900001"), FieldChange.of("fullName", null, "Siti Rahma"),
                FieldChange.of("phone", null, "+6281234567890"), FieldChange.of("kecamatan", null, "31.71.01"),
                FieldChange.of("registeredOn", null, "2018-09-10")))).orElseThrow();
        assertThat(registered.type()).isEqualTo("member.registered");
        assertThat(registered.payload()).isEqualTo(Map.of("kecamatan", "31.71.01", "registeredOn", "2018-09-10"));
        assertThat(registered.memberId()).contains("01a23d48-4a01-7ce0-8a1f-c12345678901");
        assertThat(registered.province()).contains(ProvinceCode.of("31"));

        NetworkEvent stage = NetworkEvent.of(entry(AuditAction.STAGE_WITHDRAWN, List.of(
                FieldChange.of("stages.P3.completedOn", "2018-10-01", null), FieldChange.of("stages.P3.evidence", "NONE", null))))
                .orElseThrow();
        assertThat(stage.type()).isEqualTo("stage.withdrawn");
        assertThat(stage.payload()).containsEntry("stage", "P3").containsEntry("completedOn", "2018-10-01").hasSize(2);
    }

    @Test
    void the_partners_standing_names_its_kind_and_tokens_and_import_batches_make_none() {
        assertThat(NetworkEvent.of(entry(AuditAction.PARTNER_STANDING_CHANGED, List.of(FieldChange.of("status", "VALIDATED", "SUSPENDED"))))
                .orElseThrow().type()).isEqualTo("partner.suspended");
        assertThat(NetworkEvent.of(entry(AuditAction.PARTNER_STANDING_CHANGED, List.of(FieldChange.of("status", "SUSPENDED", "VALIDATED"))))
                .orElseThrow().type()).isEqualTo("partner.reinstated");
        assertThat(NetworkEvent.of(entry(AuditAction.PARTNER_VALIDATED, List.of(FieldChange.of("status", "REGISTERED", "REJECTED"))))
                .orElseThrow().type()).isEqualTo("partner.rejected");
        assertThat(NetworkEvent.of(entry(AuditAction.TOKEN_ISSUED, List.of()))).isEmpty();
        assertThat(NetworkEvent.of(entry(AuditAction.MEMBERS_IMPORTED, List.of()))).isEmpty();
        for (AuditAction action : AuditAction.values()) {
            NetworkEvent.of(entry(action, List.of())).ifPresent(e -> assertThat(NetworkEvent.TYPES).contains(e.type()));
        }
        assertThatThrownBy(() -> new NetworkEvent("member.registered", AT, Optional.empty(), "x", Optional.empty(), Map.of("fullName", "Siti")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retries_back_off_doubling_up_to_a_ceiling_and_end_after_the_period() {
        DeliveryBackoff backoff = DeliveryBackoff.STANDARD;
        assertThat(backoff.wait(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.wait(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.wait(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(backoff.wait(40)).isEqualTo(Duration.ofHours(8));
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        Duration total = Duration.ZERO;
        int attempts = 0;
        Instant now = since;
        while (backoff.next(since, attempts + 1, now).isPresent()) {
            attempts++;
            now = backoff.next(since, attempts, now).orElseThrow();
            total = Duration.between(since, now);
        }
        assertThat(total).isBetween(Duration.ofDays(3), Duration.ofDays(3).plusHours(8));
        assertThat(attempts).as("about a dozen attempts over three days").isBetween(12, 25);
    }

    @Test
    void a_backoff_needs_sensible_bounds() {
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
