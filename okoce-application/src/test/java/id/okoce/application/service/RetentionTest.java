package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static id.okoce.application.service.PartnerServicesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.ApplicationError;
import id.okoce.application.OkoceCore;
import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.in.member.ApplyRetentionUseCase.RetentionReport;
import id.okoce.application.port.in.member.CorrectMemberCommand;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Correction;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Members with no activity for the retention period are erased; a dry run only counts them. */
class RetentionTest {

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(12, 0).atZone(OkoceCore.JAKARTA).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return OkoceCore.JAKARTA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void members_idle_for_the_period_are_erased_and_a_dry_run_only_counts_them() {
        MovableClock clock = new MovableClock(LocalDate.of(2019, 1, 10));
        OutboundPorts ports = InMemoryAdapters.create();
        OkoceCore core = OkoceCore.builder(ports).clock(clock).retention(Period.ofYears(5)).build();
        Member idle = core.registerMember().register(Network.registration(HUB, "31.71.01"));
        Member idleInBandung = core.registerMember().register(Network.registration(HUB, "32.73.01"));
        Member corrected = core.registerMember().register(Network.registration(HUB, "31.71.02"));
        clock.set(LocalDate.of(2022, 3, 1));
        core.correctMember().correct(new CorrectMemberCommand(HUB, corrected.id(),
                Correction.none().withPhone(PhoneNumber.parse("081299998888")), OptionalLong.empty()));

        clock.set(LocalDate.of(2025, 6, 1));
        RetentionReport dry = core.applyRetention().apply(HUB, true);
        assertThat(dry.cutoff()).contains(LocalDate.of(2020, 6, 1));
        assertThat(dry.byProvince()).isEqualTo(Map.of(ProvinceCode.of("31"), 1L, ProvinceCode.of("32"), 1L));
        assertThat(dry.erased()).isZero();
        assertThat(core.readMembers().get(HUB, idle.id()).id()).as("a dry run erases nothing").isEqualTo(idle.id());

        RetentionReport run = core.applyRetention().apply(HUB, false);
        assertThat(run.erased()).isEqualTo(2);
        assertRefused(() -> core.readMembers().get(HUB, idle.id()), ApplicationError.MEMBER_ERASED);
        assertRefused(() -> core.readMembers().get(HUB, idleInBandung.id()), ApplicationError.MEMBER_ERASED);
        assertThat(core.readMembers().get(HUB, corrected.id()).id()).as("a change in 2022 was activity").isEqualTo(corrected.id());
        assertThat(ports.audit().ofMember(idle.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.MEMBER_ERASED);
            assertThat(e.reason()).contains("RETENTION_ENDED");
        });
        assertThat(core.applyRetention().apply(HUB, false).erased()).as("nothing left to erase").isZero();
        assertThat(ports.statistics().membersByProvince()).containsEntry(ProvinceCode.of("31"), 2L);
        assertThat(ports.audit().ofMember(corrected.id())).extracting(AuditEntry::action).doesNotContain(AuditAction.MEMBER_ERASED);
    }

    @Test
    void retention_is_off_by_default_and_for_the_hub_only() {
        Network network = new Network();
        network.member("31.71.01");
        RetentionReport off = network.core.applyRetention().apply(HUB, false);
        assertThat(off.period()).isEmpty();
        assertThat(off.found()).isZero();
        assertRefused(() -> network.core.applyRetention().apply(Network.as(network.validatedPartner("31")), true),
                AccessError.ACCESS_DENIED);
    }
}
