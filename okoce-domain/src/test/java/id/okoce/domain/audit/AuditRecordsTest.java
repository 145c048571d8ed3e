package id.okoce.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Audit entries and read records keep who, where from and why, and refuse what would make them unreadable. */
class AuditRecordsTest {

    private static final Instant AT = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void who_names_the_role_the_token_and_the_partner() {
        TokenId token = TokenId.random();
        PartnerId partner = PartnerId.random();
        Who who = Who.of(new Actor.PartnerActor(partner, ProvinceCode.of("32"), Optional.of(token)));
        assertThat(who).isEqualTo(new Who(Role.PARTNER, Optional.of(token), Optional.of(partner), "partner " + partner));
        assertThat(Who.of(new Actor.BankActor("Bank DKI")).label()).isEqualTo("Bank DKI");
        assertThat(Who.of(Actor.system())).isEqualTo(new Who(Role.HUB_ADMIN, Optional.empty(), Optional.empty(), "system"));
    }

    @Test
    void an_origin_has_a_short_printable_request_id_and_a_channel() {
        assertThat(new Origin(Optional.of("req-1"), "GET /api/v1/members/{id}").requestId()).contains("req-1");
        assertThat(Origin.direct().requestId()).isEmpty();
        assertThat(Origin.command("okoce import").channel()).isEqualTo("okoce import");
        for (String bad : new String[] {"", "a b", "x".repeat(65), "ü"}) {
            assertThatThrownBy(() -> new Origin(Optional.of(bad), "c")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Origin(Optional.empty(), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Origin(Optional.empty(), "x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_entry_masks_its_personal_values_and_names_its_fields() {
        MemberId member = MemberId.random();
        AuditEntry entry = new AuditEntry(AT, Who.of(Actor.system()), Origin.direct(), AuditAction.MEMBER_CORRECTED, member.toString(),
                Optional.of(member), Optional.of(ProvinceCode.of("31")),
                List.of(FieldChange.of("fullName", "Siti", "Sita"), FieldChange.of("kecamatan", "31.71.01", "31.71.02")),
                Optional.empty());
        assertThat(entry.fields()).containsExactly("fullName", "kecamatan");
        assertThat(entry.masked().changes()).containsExactly(FieldChange.of("fullName", "S***", "S***"),
                FieldChange.of("kecamatan", "31.71.01", "31.71.02"));
        assertThatThrownBy(() -> new AuditEntry(AT, entry.who(), entry.origin(), entry.action(), entry.objectId(), entry.member(),
                entry.province(), List.of(), Optional.of("x".repeat(501)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_action_has_a_code_that_finds_it_again() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditAction.ofCode(action.code())).isEqualTo(action);
            assertThat(action.code()).matches("[a-z]+\\.[a-z-]+");
            assertThat(action.objectType()).isIn("member", "import", "financing", "partner", "agreement", "product", "token", "duplicate");
        }
        assertThatThrownBy(() -> AuditAction.ofCode("member.eaten")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_read_record_says_why_in_one_to_two_hundred_characters() {
        MemberId member = MemberId.random();
        assertThat(new ReadRecord(AT, Who.of(Actor.system()), Origin.direct(), "member-detail", member).purpose())
                .isEqualTo("member-detail");
        assertThatThrownBy(() -> new ReadRecord(AT, Who.of(Actor.system()), Origin.direct(), " ", member))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadRecord(AT, Who.of(Actor.system()), Origin.direct(), "x".repeat(201), member))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
