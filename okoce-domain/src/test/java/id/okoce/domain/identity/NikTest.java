package id.okoce.domain.identity;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 9, 10);

    @Test
    void a_woman_has_forty_added_to_her_day_of_birth() {
        Nik nik = Nik.parse("3171014507900001", TODAY);
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 7, 5));
        assertThat(nik.issuingProvince()).isEqualTo(ProvinceCode.of("31"));
        assertThat(nik.serial()).isEqualTo(1);
        assertThat(nik.value()).isEqualTo("3171014507900001");
    }

    @Test
    void a_man_has_his_day_as_it_is() {
        Nik nik = Nik.parse("3273010512850042", TODAY);
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1985, 12, 5));
        assertThat(nik.serial()).isEqualTo(42);
    }

    @Test
    void the_century_keeps_the_birth_date_on_or_before_the_reference_date() {
        assertThat(Nik.parse("3171010509180001", TODAY).birthDate()).isEqualTo(LocalDate.of(2018, 9, 5));
        assertThat(Nik.parse("3171011009180001", TODAY).birthDate()).isEqualTo(LocalDate.of(2018, 9, 10));
        assertThat(Nik.parse("3171011109180001", TODAY).birthDate()).isEqualTo(LocalDate.of(1918, 9, 11));
        assertThat(Nik.parse("3171010101000001", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void the_twenty_ninth_of_february_needs_a_leap_year_in_the_chosen_century() {
        assertThat(Nik.parse("3171012902000001", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        // 29-02-00 judged in 1999: 2000 is in the future and 1900 was not a leap year
        assertRefused(() -> Nik.parse("3171012902000001", LocalDate.of(1999, 1, 1)), NikError.NIK_INVALID_DATE, "nik");
    }

    @Test
    void an_impossible_date_is_refused() {
        assertRefused(() -> Nik.parse("3171013002900001", TODAY), NikError.NIK_INVALID_DATE, "nik");
        assertRefused(() -> Nik.parse("3171017002900001", TODAY), NikError.NIK_INVALID_DATE, "nik");
        assertRefused(() -> Nik.parse("3171010013900001", TODAY), NikError.NIK_INVALID_DATE, "nik");
        assertRefused(() -> Nik.parse("3171013512900001", TODAY), NikError.NIK_INVALID_DATE, "nik");
        assertRefused(() -> Nik.parse("3171010012900001", TODAY), NikError.NIK_INVALID_DATE, "nik");
        assertRefused(() -> Nik.parse("3171017212900001", TODAY), NikError.NIK_INVALID_DATE, "nik");
    }

    @Test
    void each_refusal_has_its_own_code() {
        assertRefused(() -> Nik.parse("317101450790001", TODAY), NikError.NIK_LENGTH, "nik");
        assertRefused(() -> Nik.parse(null, TODAY), NikError.NIK_LENGTH, "nik");
        assertRefused(() -> Nik.parse("31710145079000012", TODAY), NikError.NIK_LENGTH, "nik");
        assertRefused(() -> Nik.parse("317101450790000X", TODAY), NikError.NIK_NOT_DIGITS, "nik");
        assertRefused(() -> Nik.parse("3171-14507900001", TODAY), NikError.NIK_NOT_DIGITS, "nik");
        assertRefused(() -> Nik.parse("9971014507900001", TODAY), NikError.NIK_UNKNOWN_PROVINCE, "nik");
        assertRefused(() -> Nik.parse("3171014507900000", TODAY), NikError.NIK_ZERO_SERIAL, "nik");
    }

    @Test
    void surrounding_spaces_are_ignored() {
        assertThat(Nik.parse(" 3171014507900001 ", TODAY)).isEqualTo(Nik.parse("3171014507900001", TODAY));
    }

    @Test
    void an_old_code_from_before_a_split_is_accepted() {
        // a person now living in Papua Selatan (93) may still carry a Papua (91) NIK
        assertThat(Nik.parse("9103014507900001", TODAY).issuingProvince()).isEqualTo(ProvinceCode.of("91"));
    }

    @Test
    void the_nik_never_prints_in_full() {
        Nik nik = Nik.parse("3171014507900001", TODAY);
        assertThat(nik.masked()).isEqualTo("31**********0001");
        assertThat(nik).hasToString("31**********0001");
        assertThat(String.valueOf(nik)).doesNotContain("45079");
    }

    @Test
    void age_counts_whole_years() {
        Nik nik = Nik.parse("3171014507900001", TODAY);
        assertThat(nik.ageOn(LocalDate.of(2011, 7, 4))).isEqualTo(20);
        assertThat(nik.ageOn(LocalDate.of(2011, 7, 5))).isEqualTo(21);
    }

    @Test
    void equal_by_digits() {
        Nik a = Nik.parse("3171014507900001", TODAY);
        assertThat(a).isEqualTo(Nik.parse("3171014507900001", LocalDate.of(2020, 1, 1)))
                .hasSameHashCodeAs(Nik.parse("3171014507900001", LocalDate.of(2020, 1, 1)))
                .isNotEqualTo(Nik.parse("3171014507900002", TODAY))
                .isNotEqualTo("3171014507900001");
    }
}
