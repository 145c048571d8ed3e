package id.okoce.domain.identity;

import static id.okoce.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDataTest {

    @ParameterizedTest
    @CsvSource({
        "081234567890, +6281234567890",
        "6281234567890, +6281234567890",
        "+6281234567890, +6281234567890",
        "'0812-3456-7890', +6281234567890",
        "'+62 812 3456 7890', +6281234567890",
        "0812345678, +62812345678",
        "0812345678901, +62812345678901",
    })
    void mobile_numbers_normalise_to_E164(String raw, String e164) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone).hasToString(e164);
        assertThat(phone.national()).isEqualTo("0" + e164.substring(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"081234567", "08123456789012", "+628123456"})
    void national_form_must_have_10_to_13_digits(String raw) {
        assertRefused(() -> PhoneNumber.parse(raw), PhoneError.PHONE_LENGTH, "phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0212345678", "+6221234567", "6221234567", "+08123456789", "1234567890"})
    void only_indonesian_mobile_numbers_are_accepted(String raw) {
        assertRefused(() -> PhoneNumber.parse(raw), PhoneError.PHONE_NOT_MOBILE, "phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "0812.3456.7890", "0812345678a", "62+81234567890"})
    void anything_else_is_malformed(String raw) {
        assertRefused(() -> PhoneNumber.parse(raw), PhoneError.PHONE_MALFORMED, "phone");
    }

    @Test
    void a_stored_number_must_already_be_normalised() {
        assertRefused(() -> new PhoneNumber("081234567890"), PhoneError.PHONE_MALFORMED, "phone");
        assertRefused(() -> new PhoneNumber(null), PhoneError.PHONE_MALFORMED, "phone");
        assertThat(new PhoneNumber("+6281234567890")).isEqualTo(PhoneNumber.parse("0812 3456 7890"));
    }

    @Test
    void email_addresses_are_checked_for_shape_and_their_domain_lower_cased() {
        assertThat(EmailAddress.parse(" Halo@Example.ORG ").value()).isEqualTo("Halo@example.org");
        assertThat(EmailAddress.parse("a.b+c@mitra.or.id")).hasToString("a.b+c@mitra.or.id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "halo", "@example.org", "halo@", "halo@example", "halo@@example.org",
        "ha lo@example.org", "halo@.example.org", "halo@example..org", "halo@example."})
    void malformed_email_addresses_are_refused(String raw) {
        assertRefused(() -> EmailAddress.parse(raw), EmailError.EMAIL_MALFORMED, "email");
    }

    @Test
    void a_missing_or_overlong_email_is_refused() {
        assertRefused(() -> EmailAddress.parse(null), EmailError.EMAIL_MALFORMED, "email");
        assertRefused(() -> EmailAddress.parse("a".repeat(250) + "@x.org"), EmailError.EMAIL_MALFORMED, "email");
    }
}
