package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.Member;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.Transactions}. */
public abstract class TransactionsContract extends PortContract {

    @Test
    void work_that_returns_is_committed_and_its_result_returned() {
        Member member = member("31.71.01").build();
        Member saved = ports.transactions().inTransaction(() -> ports.members().save(member));
        assertThat(saved.version()).as("a new member is stored at version 1 (MemberRepository.save)").isEqualTo(1);
        assertThat(ports.members().findById(member.id())).as("what a committed transaction wrote is read back").contains(saved);
    }

    @Test
    void work_that_throws_leaves_nothing_behind_and_the_exception_passes_unchanged() {
        FinancingCatalogue.builtIn().forEach(ports.products()::add);
        Member existing = savedMember("31.71.01", registeringPartner(), Stage.FINANCIAL_REPORTING);
        Member fresh = member("31.71.02").build();
        Partner partner = partner("32").build();
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.members().save(fresh);
            ports.partners().save(partner);
            ports.members().save(existing.completeStage(new StageCompletion(Stage.CAPITAL, LocalDate.of(2019, 2, 1),
                    new StageEvidence.FinancingReference("BDKI-1")), TODAY, StageRules.standard((p, s, d) -> true)));
            ports.financings().add(new Financing(ports.identities().newFinancingId(), existing.id(),
                    FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018, Rupiah.of(1), LocalDate.of(2019, 2, 1), 12, "BDKI-1"));
            throw boom;
        })).isSameAs(boom);

        assertThat(ports.members().findById(fresh.id())).as("a rolled-back transaction leaves none of its writes: the new member").isEmpty();
        assertThat(ports.members().findByNik(fresh.nik())).as("nor its NIK (it may register again)").isEmpty();
        assertThat(ports.partners().findById(partner.id())).as("nor the partner written in the same transaction").isEmpty();
        assertThat(ports.members().findById(existing.id())).as("and the member it updated keeps its committed version").contains(existing);
        assertThat(ports.financings().findByMember(existing.id())).as("nor the financing recorded in it").isEmpty();
    }

    @Test
    void reads_inside_see_earlier_writes_and_nested_calls_join() {
        Member member = member("31.71.01").build();
        assertThatThrownBy(() -> ports.transactions().run(() -> {
            ports.members().save(member);
            assertThat(ports.members().findById(member.id())).as("a transaction reads its own writes").isPresent();
            ports.transactions().run(() -> ports.partners().save(partner("32").build()));
            throw new IllegalStateException("outer fails after inner returned");
        })).hasMessageContaining("outer fails");
        assertThat(ports.members().findById(member.id())).as("the inner call joined the outer transaction").isEmpty();
    }
}
