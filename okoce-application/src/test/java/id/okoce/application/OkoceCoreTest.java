package id.okoce.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.memory.InMemoryAdapters;
import id.okoce.application.port.in.financing.EligibilityQuery;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.KecamatanCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's embedding example, run as written. */
class OkoceCoreTest {

    @Test
    void an_embedder_gets_every_use_case_from_the_ports_in_one_call() {
        OkoceCore core = OkoceCore.assemble(InMemoryAdapters.create());
        core.defineFinancingProduct().addBuiltInCatalogue(Actor.system());       // once, when the store is new
        Actor hub = new Actor.HubAdmin("embedder");
        LocalDate on = LocalDate.of(2018, 9, 10);
        Member siti = core.registerMember().register(new RegisterMemberCommand(hub,
                Nik.parse("3171014507900001", on), "Siti Rahma", PhoneNumber.parse("081234567890"),
                KecamatanCode.of("31.71.01"),
                new Business("Warung Siti", BusinessSector.KULINER, LocalDate.of(2017, 3, 1), Optional.empty()), on));

        FinancingDecision decision = core.checkFinancingEligibility().check(new EligibilityQuery(hub, siti.id(),
                FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018, Rupiah.of(10_000_000), Optional.empty())).await();

        assertThat(decision.eligible()).isFalse();
        assertThat(siti.number()).hasToString("OKOCE-31-0000001");
        assertThat(core.readMembers().get(hub, siti.id())).isEqualTo(siti);
        assertThat(core.listFinancingProducts().list(hub)).hasSize(FinancingCatalogue.builtIn().size());
        assertThat(core.networkReport().membersByProvince(hub).total()).isEqualTo(1);
    }

    @Test
    void assembling_writes_nothing_and_adding_the_catalogue_twice_keeps_one_copy() {
        var ports = InMemoryAdapters.create();
        OkoceCore core = OkoceCore.assemble(ports);
        assertThat(core.listFinancingProducts().list(new Actor.HubAdmin("x"))).as("assembling writes nothing").isEmpty();
        assertThat(core.defineFinancingProduct().addBuiltInCatalogue(Actor.system())).isEqualTo(FinancingCatalogue.builtIn().size());
        assertThat(OkoceCore.assemble(ports).defineFinancingProduct().addBuiltInCatalogue(Actor.system())).isZero();
        assertThat(core.listFinancingProducts().list(new Actor.HubAdmin("x"))).hasSize(FinancingCatalogue.builtIn().size());
    }
}
