package id.okoce.domain.region;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

    private final Regions regions = Regions.kemendagri2025();

    @Test
    void bundles_the_whole_Kemendagri_2025_list() {
        assertThat(regions.provinces()).hasSize(38);
        assertThat(regions.regencyCount()).isEqualTo(514);
        assertThat(regions.kecamatanCount()).isEqualTo(7285);
        assertThat(regions.provinces()).extracting(p -> p.code().value())
                .startsWith("11", "12", "13").endsWith("94", "95", "96").isSorted();
    }

    @Test
    void DKI_Jakarta_has_six_kabupaten_kota_and_44_kecamatan() {
        ProvinceCode dki = ProvinceCode.of("31");
        assertThat(dki.province().name()).isEqualTo("Daerah Khusus Ibukota Jakarta");
        assertThat(regions.regenciesOf(dki)).hasSize(6);
        int kecamatans = regions.regenciesOf(dki).stream().mapToInt(r -> regions.kecamatansOf(r.code()).size()).sum();
        assertThat(kecamatans).isEqualTo(44);
    }

    @Test
    void the_licence_and_attribution_travel_with_the_data() {
        assertThat(Regions.class.getResource("LICENSE-wilayah.txt")).isNotNull();
        assertThat(Regions.class.getResource("README-wilayah.md")).isNotNull();
    }

    @Test
    void a_kecamatan_code_accepts_both_forms_and_prints_dotted() {
        KecamatanCode dotted = KecamatanCode.of("31.71.01");
        KecamatanCode plain = KecamatanCode.of("317101");
        assertThat(dotted).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).hasToString("31.71.01");
        assertThat(plain.digits()).isEqualTo("317101");
        assertThat(plain.kecamatan().name()).isEqualTo("Gambir");
    }

    @Test
    void a_kecamatan_knows_its_kabupaten_kota_and_province() {
        KecamatanCode gambir = KecamatanCode.of(" 317101 ");
        assertThat(gambir.regency()).isEqualTo(RegencyCode.of("31.71"));
        assertThat(gambir.regency().regency().name()).isEqualTo("Kota Administrasi Jakarta Pusat");
        assertThat(gambir.province()).isEqualTo(ProvinceCode.of("31"));
        assertThat(gambir.regency().province()).isEqualTo(ProvinceCode.of("31"));
        assertThat(gambir.kecamatan().regency()).isEqualTo(gambir.regency());
    }

    @Test
    void kota_and_kabupaten_are_told_apart_by_the_code() {
        assertThat(RegencyCode.of("3171").isCity()).isTrue();
        assertThat(RegencyCode.of("31.01").isCity()).isFalse();
        assertThat(RegencyCode.of("3273")).hasToString("32.73");
        assertThat(RegencyCode.of("3273").digits()).isEqualTo("3273");
    }

    @Test
    void codes_are_ordered_by_their_digits() {
        assertThat(ProvinceCode.of("11")).isLessThan(ProvinceCode.of("31"));
        assertThat(RegencyCode.of("31.01")).isLessThan(RegencyCode.of("31.71"));
        assertThat(KecamatanCode.of("31.71.01")).isLessThan(KecamatanCode.of("31.71.02"));
        assertThat(ProvinceCode.of("31")).hasToString("31").isNotEqualTo("31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "311", "3a", "31.", "3.1", " "})
    void a_malformed_province_code_is_refused(String raw) {
        assertRefused(() -> ProvinceCode.of(raw), RegionError.REGION_MALFORMED, "province");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31710", "31.710.1", "31-71-01", "3171011", "31.71.0a", "31.7101", "31..7101", "abcdef"})
    void a_malformed_kecamatan_code_is_refused(String raw) {
        assertRefused(() -> KecamatanCode.of(raw), RegionError.REGION_MALFORMED, "kecamatan");
    }

    @Test
    void missing_codes_are_malformed() {
        assertRefused(() -> KecamatanCode.of(null), RegionError.REGION_MALFORMED, "kecamatan");
        assertRefused(() -> RegencyCode.of("31-71"), RegionError.REGION_MALFORMED, "kabupaten");
    }

    @Test
    void a_well_formed_code_that_does_not_exist_is_unknown() {
        assertRefused(() -> ProvinceCode.of("99"), RegionError.REGION_UNKNOWN, "province");
        assertRefused(() -> ProvinceCode.of("00"), RegionError.REGION_UNKNOWN, "province");
        assertRefused(() -> RegencyCode.of("31.99"), RegionError.REGION_UNKNOWN, "kabupaten");
        assertRefused(() -> KecamatanCode.of("31.71.99"), RegionError.REGION_UNKNOWN, "kecamatan");
        assertThat(RegionError.REGION_UNKNOWN.kind()).isEqualTo(id.okoce.domain.shared.ErrorKind.INVALID_INPUT);
    }

    @Test
    void isKnown_never_throws() {
        assertThat(ProvinceCode.isKnown("31")).isTrue();
        assertThat(ProvinceCode.isKnown("99")).isFalse();
        assertThat(ProvinceCode.isKnown(null)).isFalse();
        assertThat(ProvinceCode.isKnown("311")).isFalse();
    }

    @Test
    void papua_split_provinces_exist() {
        assertThat(ProvinceCode.of("93").province().name()).isEqualTo("Papua Selatan");
        assertThat(ProvinceCode.of("96").province().name()).isEqualTo("Papua Barat Daya");
    }

    @Test
    void a_list_of_another_shape_is_refused_on_reading() {
        assertThatThrownBy(() -> Regions.read(new StringReader("kode,tingkat,nama\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("code,level,name");
        assertThatThrownBy(() -> Regions.read(new StringReader("code,level,name\n11,desa,X\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown level");
        assertThatThrownBy(() -> Regions.read(new StringReader("code,level,name\n11.01,kabupaten_kota,X\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before its parent");
        assertThatThrownBy(() -> Regions.read(new StringReader("code,level,name\n11,provinsi\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }

    @Test
    void a_small_list_reads_and_answers_lookups() {
        Regions small = Regions.read(new StringReader(
                "code,level,name\n11,provinsi,Aceh\n\n11.01,kabupaten_kota,Kabupaten Aceh Selatan\n11.01.01,kecamatan,Bakongan\n"));
        assertThat(small.provinces()).hasSize(1);
        assertThat(small.regencyCount()).isEqualTo(1);
        assertThat(small.kecamatanCount()).isEqualTo(1);
        assertThat(small.allKecamatans()).extracting(Kecamatan::name).containsExactly("Bakongan");
        assertThat(small.contains(ProvinceCode.of("31"))).isFalse();
        assertThatThrownBy(() -> small.province(ProvinceCode.of("31"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(small.regenciesOf(ProvinceCode.of("31"))).isEmpty();
        assertThat(small.kecamatansOf(RegencyCode.of("31.71"))).isEmpty();
    }
}
