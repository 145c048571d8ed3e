package id.okoce.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.region.Kecamatan;
import id.okoce.domain.region.Regions;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.Dates;

class NikProperties {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);
    private static final List<Kecamatan> KECAMATANS = new ArrayList<>();

    static {
        Regions.kemendagri2025().allKecamatans().forEach(KECAMATANS::add);
    }

    @Provide
    Arbitrary<Kecamatan> kecamatans() {
        return Arbitraries.of(KECAMATANS);
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Dates.dates().between(REFERENCE.minusYears(99), REFERENCE);
    }

    @Property
    void any_valid_generated_nik_parses_back_to_the_same_province_sex_and_birth_date(
            @ForAll("kecamatans") Kecamatan kecamatan, @ForAll("birthDates") LocalDate birthDate,
            @ForAll Sex sex, @ForAll @IntRange(min = 1, max = 9999) int serial) {
        String raw = Niks.nik(kecamatan.code().digits(), birthDate, sex, serial);

        Nik nik = Nik.parse(raw, REFERENCE);

        assertThat(nik.issuingProvince()).isEqualTo(kecamatan.province());
        assertThat(nik.sex()).isEqualTo(sex);
        assertThat(nik.birthDate()).isEqualTo(birthDate);
        assertThat(nik.serial()).isEqualTo(serial);
        assertThat(nik.masked()).startsWith(raw.substring(0, 2)).endsWith(raw.substring(12)).hasSize(16);
    }

    @Property(tries = 2000)
    void every_16_digit_string_is_accepted_or_refused_with_exactly_one_nik_code(
            @ForAll @StringLength(16) @NumericChars String raw) {
        try {
            Nik nik = Nik.parse(raw, REFERENCE);
            assertThat(nik.value()).isEqualTo(raw);
            assertThat(nik.birthDate()).isBeforeOrEqualTo(REFERENCE);
        } catch (DomainException refusal) {
            assertThat(Arrays.asList(NikError.values())).contains((NikError) refusal.code());
            assertThat(refusal.field()).contains("nik");
            assertThat(refusal.getMessage()).doesNotContain(raw);
        }
    }

    @Property(tries = 500)
    void any_string_at_all_never_escapes_as_another_exception(@ForAll String raw) {
        try {
            Nik.parse(raw, REFERENCE);
        } catch (DomainException refusal) {
            assertThat(refusal.code()).isInstanceOf(NikError.class);
        }
    }
}
