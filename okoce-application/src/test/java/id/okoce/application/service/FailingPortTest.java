package id.okoce.application.service;

import static id.okoce.application.service.Network.HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.in.financing.RecordFinancingCommand;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A port that fails half-way through a use case leaves nothing behind. */
class FailingPortTest {

    @Test
    void when_storing_the_financing_fails_P7_is_not_kept_either() {
        OutboundPorts real = InMemoryAdapters.create();
        FinancingRepository failing = mock(FinancingRepository.class);
        when(failing.findByMember(any())).thenReturn(List.of());
        doThrow(new IllegalStateException("disk full")).when(failing).add(any(Financing.class));
        OutboundPorts ports = real.withMemberStore(new OutboundPorts.MemberStore(real.members(), real.statistics(), real.identities(),
                real.imports(), failing, real.idempotency(), real.audit(), real.transactions()));
        Network network = new Network(ports);
        Member ready = network.completeUpTo(network.member("31.71.01"), Stage.FINANCIAL_REPORTING);

        assertThatThrownBy(() -> network.core.recordFinancing().record(new RecordFinancingCommand(HUB, ready.id(),
                FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018, Rupiah.of(5_000_000), 12, "BDKI-1",
                Optional.of(LocalDate.of(2019, 3, 1)), OptionalLong.empty()))).hasMessage("disk full");

        verify(failing).add(any(Financing.class));
        Member stored = real.members().findById(ready.id()).orElseThrow();
        assertThat(stored.stages().isDone(Stage.CAPITAL)).isFalse();
        assertThat(stored.version()).isEqualTo(ready.version());
        assertThat(real.statistics().membersByStage(Optional.empty())).doesNotContainKey(Stage.CAPITAL);
    }

    @Test
    void when_numbering_fails_no_member_is_stored() {
        OutboundPorts real = InMemoryAdapters.create();
        IdentitySource failing = mock(IdentitySource.class);
        when(failing.newMemberId()).thenAnswer(i -> real.identities().newMemberId());
        when(failing.nextMemberNumber(any(ProvinceCode.class))).thenThrow(new IllegalStateException("sequence gone"));
        Network network = new Network(real.withMemberStore(new OutboundPorts.MemberStore(real.members(), real.statistics(), failing,
                real.imports(), real.financings(), real.idempotency(), real.audit(), real.transactions())));

        assertThatThrownBy(() -> network.member("31.71.01")).hasMessage("sequence gone");
        assertThat(real.members().find(MemberCriteria.all(10)).members()).isEmpty();
        assertThat(real.statistics().membersByProvince()).isEmpty();
    }
}
