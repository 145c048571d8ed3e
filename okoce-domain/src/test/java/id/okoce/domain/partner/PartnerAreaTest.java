package id.okoce.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.access.Actor;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.shared.DomainException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerAreaTest {

    private static final ProvinceCode JABAR = ProvinceCode.of("32");
    private static final RegencyCode KOTA_BANDUNG = RegencyCode.of("32.73");
    private static final RegencyCode KAB_BOGOR = RegencyCode.of("32.01");
    private final PartnerArea bandung = PartnerArea.of(JABAR, Set.of(KOTA_BANDUNG));

    @Test
    void an_area_is_a_province_or_some_of_its_kabupaten_kota() {
        assertThat(PartnerArea.of(JABAR).wholeProvince()).isTrue();
        assertThat(PartnerArea.of(JABAR).covers(KecamatanCode.of("32.01.01"))).isTrue();
        assertThat(PartnerArea.of(JABAR).covers(KecamatanCode.of("31.71.01"))).isFalse();
        assertThat(bandung.covers(KecamatanCode.of("32.73.01"))).isTrue();
        assertThat(bandung.covers(KecamatanCode.of("32.01.01"))).isFalse();
        assertThat(bandung.covers(KOTA_BANDUNG)).isTrue();
        assertThat(bandung.covers(KAB_BOGOR)).isFalse();
        assertThat(bandung.overlaps(PartnerArea.of(JABAR))).isTrue();
        assertThat(bandung.overlaps(PartnerArea.of(JABAR, Set.of(KAB_BOGOR)))).isFalse();
        assertThat(bandung.overlaps(PartnerArea.of(JABAR, Set.of(KAB_BOGOR, KOTA_BANDUNG)))).isTrue();
        assertThat(bandung.overlaps(PartnerArea.of(ProvinceCode.of("31")))).isFalse();
    }

    @Test
    void a_kabupaten_kota_of_another_province_is_refused_with_its_field() {
        assertThatThrownBy(() -> PartnerArea.of(JABAR, Set.of(RegencyCode.of("31.71"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(PartnerError.PARTNER_AREA_INVALID);
                    assertThat(e.field()).contains("regencies");
                });
    }

    @Test
    void a_partner_of_some_kabupaten_kota_sees_and_finds_there_only() {
        Actor partner = new Actor.PartnerActor(PartnerId.random(), bandung, Optional.empty());
        assertThat(partner.canSee(KecamatanCode.of("32.73.01"))).isTrue();
        assertThat(partner.canSee(KecamatanCode.of("32.01.01"))).isFalse();
        assertThat(partner.canSee(JABAR)).as("the province's coverage and partners in general").isTrue();
        assertThat(partner.confinedWithinProvince()).isTrue();
        assertThatThrownBy(() -> partner.requirePlace(KecamatanCode.of("32.01.01"), "kecamatan", "register members"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("kecamatan"));

        MemberCriteria seen = MemberCriteria.all(10).asSeenBy(partner).orElseThrow();
        assertThat(seen.province()).contains(JABAR);
        assertThat(seen.regencies()).containsExactly(KOTA_BANDUNG);
        assertThat(MemberCriteria.all(10).inKecamatan(KecamatanCode.of("32.01.01")).asSeenBy(partner)).isEmpty();

        Actor hub = new Actor.HubAdmin("hub");
        assertThat(MemberCriteria.all(10).asSeenBy(hub).orElseThrow().regencies()).isEmpty();
        assertThat(hub.canSee(KecamatanCode.of("32.01.01"))).isTrue();
    }

    @Test
    void the_hub_corrects_an_area_within_its_province_only() {
        Partner partner = Partner.register(PartnerId.random(), "Komunitas Kota Bandung", Optional.empty(), bandung,
                new PartnerContact(Optional.of(id.okoce.domain.identity.EmailAddress.parse("halo@example.org")), Optional.empty()),
                java.time.LocalDate.of(2018, 9, 1));
        assertThat(partner.area()).isEqualTo(bandung);
        assertThat(partner.province()).isEqualTo(JABAR);
        assertThat(partner.withArea(PartnerArea.of(JABAR)).area().wholeProvince()).isTrue();
        assertThatThrownBy(() -> partner.withArea(PartnerArea.of(ProvinceCode.of("31"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(PartnerError.PARTNER_AREA_INVALID));
        assertThat(bandung.toString()).contains("32.73");
        assertThat(PartnerArea.of(JABAR).toString()).isEqualTo("province 32");
        assertThat(PartnerArea.of(JABAR, new java.util.HashSet<>(Regions.kemendagri2025().regenciesOf(JABAR).stream()
                .map(r -> r.code()).toList())).regencies()).as("every kabupaten/kota of the largest province fits")
                .hasSize(Regions.kemendagri2025().regenciesOf(JABAR).size());
    }
}
