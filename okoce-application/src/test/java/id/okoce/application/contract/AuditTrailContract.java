package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.access.Actor;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.AuditTrail}. */
public abstract class AuditTrailContract extends PortContract {

    private static final Instant AT = Instant.parse("2026-01-01T03:00:00Z");

    private static AuditEntry entry(MemberId member, AuditAction action, List<FieldChange> changes, int minutes) {
        Who who = new Who(id.okoce.domain.access.Role.PARTNER, Optional.of(TokenId.random()), Optional.of(PartnerId.random()), "partner");
        return new AuditEntry(AT.plus(minutes, ChronoUnit.MINUTES), who, new Origin(Optional.of("req-" + minutes), "PATCH /api/v1/members/{id}"),
                action, member.toString(), Optional.of(member), Optional.of(ProvinceCode.of("31")), changes, Optional.of("because"));
    }

    @Test
    void entries_come_back_whole_and_in_the_order_they_were_appended() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.REGISTRATION);
        AuditEntry first = entry(member.id(), AuditAction.MEMBER_CORRECTED, List.of(FieldChange.of("fullName", "Siti", "Sita"),
                FieldChange.of("kecamatan", "31.71.01", "31.71.02")), 5);
        AuditEntry second = entry(member.id(), AuditAction.STAGE_COMPLETED, List.of(FieldChange.of("stages.P2.completedOn", null,
                "2025-12-01")), 1);
        ports.transactions().run(() -> ports.audit().append(first));
        ports.audit().append(second);
        assertThat(ports.audit().ofMember(member.id())).as("in append order, not by time, every part kept")
                .containsExactly(first, second);
        assertThat(ports.audit().ofMember(MemberId.random())).as("nothing about an unknown member").isEmpty();
        assertThat(ports.audit().ofObject(member.id().toString())).as("the member is the object of both").containsExactly(first, second);
        assertThat(ports.audit().ofObject(PartnerId.random().toString())).isEmpty();
    }

    @Test
    void an_entry_is_written_with_its_change_or_not_at_all() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.REGISTRATION);
        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.audit().append(entry(member.id(), AuditAction.MEMBER_CORRECTED, List.of(), 0));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        assertThat(ports.audit().ofMember(member.id())).as("an entry rolled back with its transaction is gone").isEmpty();
    }

    @Test
    void an_erasure_destroys_personal_values_only() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.REGISTRATION);
        AuditEntry corrected = entry(member.id(), AuditAction.MEMBER_CORRECTED, List.of(FieldChange.of("fullName", "Siti", "Sita"),
                FieldChange.of("phone", "+6281234567890", "+6281299998888"), FieldChange.of("kecamatan", "31.71.01", "31.71.02")), 0);
        ports.audit().append(corrected);
        Member other = savedMember("31.71.01", registeringPartner(), Stage.REGISTRATION);
        AuditEntry untouched = entry(other.id(), AuditAction.MEMBER_CORRECTED, List.of(FieldChange.of("fullName", "Ani", "Anni")), 0);
        ports.audit().append(untouched);

        ports.transactions().run(() -> ports.audit().destroyPersonalValues(member.id()));

        assertThat(ports.audit().ofMember(member.id())).singleElement().satisfies(e -> {
            assertThat(e.changes()).containsExactly(new FieldChange("fullName", Optional.empty(), Optional.empty()),
                    new FieldChange("phone", Optional.empty(), Optional.empty()), FieldChange.of("kecamatan", "31.71.01", "31.71.02"));
            assertThat(e.who()).isEqualTo(corrected.who());
            assertThat(e.at()).isEqualTo(corrected.at());
            assertThat(e.reason()).isEqualTo(corrected.reason());
        });
        assertThat(ports.audit().ofMember(other.id())).as("another member's entries keep their values").containsExactly(untouched);
    }

    @Test
    void the_who_of_an_entry_keeps_a_hub_without_token() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.REGISTRATION);
        AuditEntry bySystem = new AuditEntry(AT, Who.of(Actor.system()), Origin.direct(), AuditAction.MEMBER_REGISTERED,
                member.id().toString(), Optional.of(member.id()), Optional.empty(), List.of(), Optional.empty());
        ports.audit().append(bySystem);
        assertThat(ports.audit().ofMember(member.id())).containsExactly(bySystem);
    }
}
