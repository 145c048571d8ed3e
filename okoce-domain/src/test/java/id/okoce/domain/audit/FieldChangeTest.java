package id.okoce.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Personal values are masked when shown and gone after an erasure; the others are shown as they are. */
class FieldChangeTest {

    @Test
    void personal_values_are_masked_and_the_rest_shown() {
        assertThat(FieldChange.of("fullName", "Siti Rahma", "Siti Rahmah").masked())
                .isEqualTo(FieldChange.of("fullName", "S*** R****", "S*** R*****"));
        assertThat(FieldChange.of("phone", "+6281234567890", null).masked().before()).contains("+62812*****890");
        assertThat(FieldChange.of("nik", "3171014507900001", null).masked().before()).contains("31**********0001");
        assertThat(FieldChange.of("business.nib", "1234567890123", null).masked().before()).contains("*********0123");
        assertThat(FieldChange.of("kecamatan", "31.71.01", "31.71.02").masked())
                .isEqualTo(FieldChange.of("kecamatan", "31.71.01", "31.71.02"));
    }

    @Test
    void an_erasure_leaves_the_field_and_no_personal_value() {
        assertThat(FieldChange.of("phone", "+6281234567890", "+6281299998888").withoutPersonalValues())
                .isEqualTo(new FieldChange("phone", Optional.empty(), Optional.empty()));
        assertThat(FieldChange.of("kecamatan", "31.71.01", "31.71.02").withoutPersonalValues().after()).contains("31.71.02");
    }
}
