package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.AgreementRepository}. */
public abstract class AgreementRepositoryContract extends PortContract {

    private CooperationAgreement sign(Partner partner, CounterpartyKind kind, EnumSet<Stage> stages, String from,
                                      Optional<LocalDate> until) {
        return partner.signAgreement(ports.identities().newAgreementId(), kind, "Mitra " + kind, stages,
                LocalDate.parse(from), until);
    }

    @Test
    void an_agreement_is_stored_and_read_back_whole() {
        Partner partner = savedPartner("32");
        CooperationAgreement agreement = sign(partner, CounterpartyKind.GOVERNMENT,
                EnumSet.of(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING), "2018-10-01", Optional.of(LocalDate.of(2020, 12, 31)));
        ports.agreements().add(agreement);
        assertThat(ports.agreements().findById(agreement.id())).contains(agreement);
    }

    @Test
    void an_agreement_is_replaced_by_its_amended_or_ended_terms() {
        Partner partner = savedPartner("32");
        CooperationAgreement agreement = sign(partner, CounterpartyKind.GOVERNMENT,
                EnumSet.of(Stage.TRAINING, Stage.MENTORING), "2018-10-01", Optional.empty());
        ports.agreements().add(agreement);
        CooperationAgreement amended = agreement.amended(EnumSet.of(Stage.TRAINING), LocalDate.of(2018, 11, 1),
                Optional.of(LocalDate.of(2021, 12, 31)));
        assertThat(ports.agreements().replace(amended)).isTrue();
        assertThat(ports.agreements().findById(agreement.id())).contains(amended);
        CooperationAgreement ended = amended.endedOn(LocalDate.of(2020, 6, 30));
        assertThat(ports.agreements().replace(ended)).isTrue();
        assertThat(ports.agreements().findByPartner(partner.id())).containsExactly(ended);
        CooperationAgreement never = sign(partner, CounterpartyKind.PRIVATE, EnumSet.of(Stage.MARKETING), "2019-01-01",
                Optional.empty());
        assertThat(ports.agreements().replace(never)).as("an agreement never added is not replaced").isFalse();
        assertThat(ports.agreements().findById(never.id())).isEmpty();
    }

    @Test
    void an_open_ended_agreement_keeps_no_end_date() {
        Partner partner = savedPartner("32");
        CooperationAgreement agreement = sign(partner, CounterpartyKind.PRIVATE, EnumSet.of(Stage.MARKETING), "2019-01-01",
                Optional.empty());
        ports.agreements().add(agreement);
        assertThat(ports.agreements().findById(agreement.id()).orElseThrow().validUntil()).isEmpty();
    }

    @Test
    void an_agreement_is_added_once() {
        Partner partner = savedPartner("32");
        CooperationAgreement agreement = sign(partner, CounterpartyKind.BANK, EnumSet.of(Stage.CAPITAL), "2019-01-01", Optional.empty());
        ports.agreements().add(agreement);
        CooperationAgreement again = CooperationAgreement.restore(agreement.id(), agreement.partnerId(), agreement.province(),
                CounterpartyKind.EDUCATION, "Other", EnumSet.of(Stage.TRAINING), agreement.validFrom(), Optional.empty());
        assertThatThrownBy(() -> ports.agreements().add(again)).isInstanceOf(StaleVersionException.class);
        assertThat(ports.agreements().findById(agreement.id())).contains(agreement);
    }

    @Test
    void unknown_ids_find_nothing() {
        assertThat(ports.agreements().findById(AgreementId.random())).isEmpty();
        assertThat(ports.agreements().findByPartner(PartnerId.random())).isEmpty();
    }

    @Test
    void agreements_are_found_by_partner_by_province_and_all_in_order() {
        Partner jabar = savedPartner("32");
        Partner sumsel = savedPartner("16");
        CooperationAgreement later = sign(jabar, CounterpartyKind.EDUCATION, EnumSet.of(Stage.TRAINING), "2019-05-01", Optional.empty());
        CooperationAgreement earlier = sign(jabar, CounterpartyKind.GOVERNMENT, EnumSet.of(Stage.LICENSING), "2018-10-01", Optional.empty());
        CooperationAgreement kito = sign(sumsel, CounterpartyKind.PRIVATE, EnumSet.of(Stage.MARKETING), "2018-11-01", Optional.empty());
        ports.agreements().add(later);
        ports.agreements().add(earlier);
        ports.agreements().add(kito);

        assertThat(ports.agreements().findByPartner(jabar.id())).containsExactly(earlier, later);
        assertThat(ports.agreements().findByProvince(jabar.province())).containsSubsequence(earlier, later).doesNotContain(kito);
        assertThat(ports.agreements().findAll()).containsSubsequence(kito, earlier, later);
    }
}
