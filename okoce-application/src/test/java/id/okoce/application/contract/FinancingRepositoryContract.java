package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.FinancingRepository}. */
public abstract class FinancingRepositoryContract extends PortContract {

    @BeforeEach
    void builtInProducts() {
        FinancingCatalogue.builtIn().forEach(ports.products()::add);
    }

    private Financing financing(Member member, String grantedOn, int months) {
        return new Financing(ports.identities().newFinancingId(), member.id(), FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018,
                Rupiah.of(10_000_000), LocalDate.parse(grantedOn), months, "BDKI-" + grantedOn);
    }

    @Test
    void financing_is_stored_and_listed_per_member_by_grant_date() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.FINANCIAL_REPORTING);
        Financing later = financing(member, "2021-01-05", 12);
        Financing first = financing(member, "2019-02-01", 18);
        ports.financings().add(later);
        ports.financings().add(first);
        assertThat(ports.financings().findByMember(member.id())).containsExactly(first, later);
    }

    @Test
    void a_record_is_added_once() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.FINANCIAL_REPORTING);
        Financing financing = financing(member, "2019-02-01", 18);
        ports.financings().add(financing);
        assertThatThrownBy(() -> ports.financings().add(financing)).isInstanceOf(StaleVersionException.class);
        assertThat(ports.financings().findByMember(member.id())).containsExactly(financing);
    }

    @Test
    void financing_of_chosen_products_pages_in_id_order() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.FINANCIAL_REPORTING);
        Financing dki = financing(member, "2019-02-01", 18);
        Financing kur = new Financing(ports.identities().newFinancingId(), member.id(), FinancingCatalogue.KUR_MIKRO_2018,
                Rupiah.of(20_000_000), LocalDate.parse("2019-03-01"), 24, "KUR-1");
        ports.financings().add(dki);
        ports.financings().add(kur);
        java.util.Set<id.okoce.domain.financing.ProductId> onlyDki = java.util.Set.of(FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018);
        java.util.List<Financing> all = new java.util.ArrayList<>();
        java.util.Optional<id.okoce.domain.financing.FinancingId> after = java.util.Optional.empty();
        while (true) {
            java.util.List<Financing> page = ports.financings().findByProducts(onlyDki, after, 2);
            assertThat(page.size()).isLessThanOrEqualTo(2);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            after = java.util.Optional.of(page.get(page.size() - 1).id());
        }
        assertThat(all).contains(dki).doesNotContain(kur)
                .allMatch(f -> f.productId().equals(FinancingCatalogue.BANK_DKI_KREDIT_MONAS_PEMULA_2018));
        assertThat(all).extracting(f -> f.id().value().toString()).as("uuid order, as text").isSorted().doesNotHaveDuplicates();
        assertThat(ports.financings().findByProducts(java.util.Set.of(FinancingCatalogue.KUR_MIKRO_2018),
                java.util.Optional.empty(), 500)).contains(kur);
    }

    @Test
    void an_unknown_member_has_no_financing() {
        assertThat(ports.financings().findByMember(MemberId.random())).isEmpty();
    }

    @Test
    void forgetting_references_keeps_the_rest_of_the_financing() {
        Member member = savedMember("31.71.01", registeringPartner(), Stage.FINANCIAL_REPORTING);
        Financing financing = financing(member, "2019-02-01", 18);
        ports.financings().add(financing);
        Member other = savedMember("31.71.01", registeringPartner(), Stage.FINANCIAL_REPORTING);
        Financing kept = financing(other, "2019-02-01", 18);
        ports.financings().add(kept);
        ports.transactions().run(() -> ports.financings().forgetReferences(member.id()));
        assertThat(ports.financings().findByMember(member.id())).singleElement().isEqualTo(new Financing(financing.id(),
                financing.memberId(), financing.productId(), financing.amount(), financing.grantedOn(), financing.termMonths(), ""));
        assertThat(ports.financings().findByMember(other.id())).as("another member's reference stays").containsExactly(kept);
    }

    private id.okoce.domain.financing.FinancingRefusal refusal(Member member, String on, String note) {
        return new id.okoce.domain.financing.FinancingRefusal(ports.identities().newFinancingId(), member.id(),
                FinancingCatalogue.KUR_MIKRO_2018, Rupiah.of(20_000_000), LocalDate.parse(on),
                id.okoce.domain.financing.FinancingRefusal.Reason.OTHER, java.util.Optional.of(note));
    }

    @Test
    void refusals_are_stored_once_listed_by_day_and_lose_their_notes_in_an_erasure() {
        Member member = savedMember("32.73.01", registeringPartner(), Stage.REGISTRATION);
        var later = refusal(member, "2019-06-01", "usaha belum berjalan");
        var first = refusal(member, "2019-02-01", "dokumen belum lengkap");
        ports.financings().addRefusal(later);
        ports.financings().addRefusal(first);
        assertThat(ports.financings().refusalsOf(member.id())).containsExactly(first, later);
        assertThatThrownBy(() -> ports.financings().addRefusal(first)).isInstanceOf(StaleVersionException.class);
        assertThat(ports.financings().refusalsOf(MemberId.random())).isEmpty();
        Member other = savedMember("32.73.01", registeringPartner(), Stage.REGISTRATION);
        var kept = refusal(other, "2019-02-01", "catatan lain");
        ports.financings().addRefusal(kept);
        ports.transactions().run(() -> ports.financings().forgetReferences(member.id()));
        assertThat(ports.financings().refusalsOf(member.id())).extracting(r -> r.note().isPresent()).containsExactly(false, false);
        assertThat(ports.financings().refusalsOf(member.id())).extracting(id.okoce.domain.financing.FinancingRefusal::reason)
                .containsOnly(id.okoce.domain.financing.FinancingRefusal.Reason.OTHER);
        assertThat(ports.financings().refusalsOf(other.id())).as("another member's note stays").containsExactly(kept);
    }
}
