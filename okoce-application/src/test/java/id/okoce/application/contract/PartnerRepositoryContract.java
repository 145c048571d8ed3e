package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.PartnerRepository}. */
public abstract class PartnerRepositoryContract extends PortContract {

    @Test
    void a_new_partner_is_stored_at_version_one_and_read_back_whole() {
        Partner partner = partner("32").build();
        Partner saved = ports.partners().save(partner);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(ports.partners().findById(partner.id())).contains(partner.withVersion(1));
    }

    @Test
    void optional_parts_survive_the_round_trip() {
        Partner bare = Partner.register(ports.identities().newPartnerId(), "Komunitas Kito", Optional.empty(),
                ProvinceCode.of("16"), new PartnerContact(Optional.of(EmailAddress.parse("kito@example.org")), Optional.empty()),
                LocalDate.of(2018, 9, 3));
        ports.partners().save(bare);
        Partner read = ports.partners().findById(bare.id()).orElseThrow();
        assertThat(read.brand()).isEmpty();
        assertThat(read.contact().phone()).isEmpty();
        assertThat(read).isEqualTo(bare.withVersion(1));
    }

    @Test
    void an_area_of_some_kabupaten_kota_is_kept_and_can_be_corrected() {
        Partner saved = ports.partners().save(partner("73").inRegencies("73.71", "73.06").build());
        assertThat(ports.partners().findById(saved.id()).orElseThrow().area())
                .isEqualTo(PartnerArea.of(ProvinceCode.of("73"), Set.of(RegencyCode.of("73.06"), RegencyCode.of("73.71"))));
        Partner whole = ports.partners().save(saved.withArea(PartnerArea.of(ProvinceCode.of("73"))));
        assertThat(ports.partners().findById(saved.id()).orElseThrow().area().wholeProvince()).isTrue();
        assertThat(whole.version()).isEqualTo(saved.version() + 1);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(ports.partners().findById(PartnerId.random())).isEmpty();
    }

    @Test
    void lifecycle_changes_are_saved_with_their_reason_and_date() {
        Partner saved = ports.partners().save(partner("33").build());
        Partner rejected = ports.partners().save(saved.reject("berkas belum lengkap", LocalDate.of(2018, 9, 8), TODAY));
        assertThat(rejected.version()).isEqualTo(2);
        Partner read = ports.partners().findById(saved.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(PartnerStatus.REJECTED);
        assertThat(read.statusReason()).contains("berkas belum lengkap");
        assertThat(read.statusChangedOn()).isEqualTo(LocalDate.of(2018, 9, 8));
    }

    @Test
    void the_whole_standing_is_kept_in_order_with_reasons() {
        Partner saved = ports.partners().save(partner("16").build());
        Partner validated = ports.partners().save(saved.validate(LocalDate.of(2018, 9, 7), TODAY));
        Partner suspended = ports.partners().save(validated.suspend("laporan tidak masuk", LocalDate.of(2018, 12, 1), TODAY));
        Partner reinstated = ports.partners().save(suspended.reinstate(LocalDate.of(2019, 1, 2), TODAY));
        Partner read = ports.partners().findById(saved.id()).orElseThrow();
        assertThat(read.standing()).isEqualTo(reinstated.standing()).hasSize(4);
        assertThat(read.standing().get(2).reason()).contains("laporan tidak masuk");
        assertThat(read.statusOn(LocalDate.of(2018, 12, 15))).isEqualTo(PartnerStatus.SUSPENDED);
        assertThat(ports.partners().find(java.util.Optional.of(read.province()), java.util.Optional.empty()))
                .filteredOn(p -> p.id().equals(saved.id())).singleElement()
                .satisfies(p -> assertThat(p.standing()).isEqualTo(read.standing()));
    }

    @Test
    void a_stale_save_fails_and_never_overwrites() {
        Partner saved = ports.partners().save(partner("32").build());
        ports.partners().save(saved.validate(LocalDate.of(2018, 9, 7), TODAY));
        Partner stale = saved.reject("late", LocalDate.of(2018, 9, 7), TODAY);
        assertThatThrownBy(() -> ports.partners().save(stale)).isInstanceOf(StaleVersionException.class);
        assertThat(ports.partners().findById(saved.id()).orElseThrow().status()).isEqualTo(PartnerStatus.VALIDATED);
        Partner twin = partner("32").withId(saved.id()).build();
        assertThatThrownBy(() -> ports.partners().save(twin)).isInstanceOf(StaleVersionException.class);
        Partner never = partner("32").build().withVersion(3);
        assertThatThrownBy(() -> ports.partners().save(never)).isInstanceOf(StaleVersionException.class);
        assertThat(ports.partners().findById(never.id())).isEmpty();
    }

    @Test
    void partners_are_found_by_province_and_status() {
        Partner waiting = ports.partners().save(partner("75").named("A Gorontalo").build());
        Partner validated = savedPartner("75");
        Partner elsewhere = savedPartner("76");

        List<Partner> inGorontalo = ports.partners().find(Optional.of(ProvinceCode.of("75")), Optional.empty());
        assertThat(inGorontalo).contains(waiting, validated).doesNotContain(elsewhere);
        assertThat(inGorontalo).allMatch(p -> p.province().equals(ProvinceCode.of("75")));
        assertThat(ports.partners().find(Optional.of(ProvinceCode.of("75")), Optional.of(PartnerStatus.VALIDATED)))
                .contains(validated).doesNotContain(waiting);
        assertThat(ports.partners().find(Optional.empty(), Optional.of(PartnerStatus.REGISTERED)))
                .contains(waiting).allMatch(p -> p.status() == PartnerStatus.REGISTERED);
        assertThat(ports.partners().find(Optional.empty(), Optional.empty())).contains(waiting, validated, elsewhere);
    }
}
