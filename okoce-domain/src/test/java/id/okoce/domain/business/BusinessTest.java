package id.okoce.domain.business;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessTest {

    @Test
    void an_NIB_has_13_digits() {
        assertThat(Nib.parse(" 9120001234567 ").value()).isEqualTo("9120001234567");
        assertThat(Nib.parse("9120001234567")).hasToString("9120001234567");
        assertRefused(() -> Nib.parse("912000123456"), BusinessError.NIB_LENGTH, "nib");
        assertRefused(() -> Nib.parse(null), BusinessError.NIB_LENGTH, "nib");
        assertRefused(() -> Nib.parse("91200012345AB"), BusinessError.NIB_NOT_DIGITS, "nib");
    }

    @Test
    void sectors_and_licence_types_parse_case_insensitively() {
        assertThat(BusinessSector.parse("kuliner")).isEqualTo(BusinessSector.KULINER);
        assertRefused(() -> BusinessSector.parse("MINING"), BusinessError.SECTOR_UNKNOWN, "sector");
        assertRefused(() -> BusinessSector.parse(null), BusinessError.SECTOR_UNKNOWN, "sector");
        assertThat(LicenceType.parse("SP-PIRT")).isEqualTo(LicenceType.SP_PIRT);
        assertThat(LicenceType.parse("nib")).isEqualTo(LicenceType.NIB);
        assertThat(LicenceType.SP_PIRT.label()).isEqualTo("SP-PIRT");
        assertRefused(() -> LicenceType.parse("SIUP-X"), BusinessError.LICENCE_TYPE_UNKNOWN, "licenceType");
        assertRefused(() -> LicenceType.parse(null), BusinessError.LICENCE_TYPE_UNKNOWN, "licenceType");
    }

    @Test
    void a_business_needs_a_name_and_knows_its_age_in_months() {
        Business warung = new Business(" Warung Siti ", BusinessSector.KULINER, LocalDate.of(2018, 3, 15), Optional.empty());
        assertThat(warung.name()).isEqualTo("Warung Siti");
        assertThat(warung.ageInMonthsOn(LocalDate.of(2018, 9, 14))).isEqualTo(5);
        assertThat(warung.ageInMonthsOn(LocalDate.of(2018, 9, 15))).isEqualTo(6);
        assertThat(warung.ageInMonthsOn(LocalDate.of(2018, 1, 1))).isZero();
        assertRefused(() -> new Business(" ", BusinessSector.JASA, LocalDate.of(2018, 1, 1), Optional.empty()),
                BusinessError.BUSINESS_NAME_INVALID, "business.name");
        assertRefused(() -> new Business("x".repeat(121), BusinessSector.JASA, LocalDate.of(2018, 1, 1), Optional.empty()),
                BusinessError.BUSINESS_NAME_INVALID, "business.name");
    }
}
