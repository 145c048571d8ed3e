package id.okoce.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void ages_fall_into_ten_year_bands_between_under_25_and_55_and_over() {
        assertThat(AgeBand.of(24)).isEqualTo(AgeBand.UNDER_25);
        assertThat(AgeBand.of(25)).isEqualTo(AgeBand.FROM_25_TO_34);
        assertThat(AgeBand.of(54)).isEqualTo(AgeBand.FROM_45_TO_54);
        assertThat(AgeBand.of(55)).isEqualTo(AgeBand.FROM_55);
        assertThat(AgeBand.of(90)).isEqualTo(AgeBand.FROM_55);
        assertThat(AgeBand.FROM_25_TO_34.label()).isEqualTo("25-34");
    }
}
