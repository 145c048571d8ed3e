package id.okoce.adapter.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void long_digit_runs_in_paths_are_masked_and_ids_keep_their_shape() {
        assertThat(LogSafe.path("/api/v1/members?nik=3171014507900001")).isEqualTo("/api/v1/members?nik=[masked]");
        assertThat(LogSafe.path("/api/v1/members/OKOCE-31-0000001")).isEqualTo("/api/v1/members/OKOCE-31-0000001");
        assertThat(LogSafe.path("/x/081234567890/y")).isEqualTo("/x/[masked]/y");
        assertThat(LogSafe.path(null)).isEmpty();
        assertThat(LogSafe.path("/api/v1/members/01a23d48-4a01-7ce0-8a1f-c12345678901/history"))
                .isEqualTo("/api/v1/members/01a23d48-4a01-7ce0-8a1f-c12345678901/history");
        assertThat(LogSafe.path("/api/v1/members/01a23d48-4a01-7ce0-8a1f-123456789012"))
                .isEqualTo("/api/v1/members/01a23d48-4a01-7ce0-8a1f-123456789012");
        assertThat(LogSafe.path("/x/01a23d48-4a01-7ce0-8a1f-1234567890123"))
                .isEqualTo("/x/01a23d48-4a01-7ce0-8a1f-[masked]");
    }

    @Test
    void a_canonical_uuid_request_id_is_logged_whole_even_when_its_last_group_is_all_digits() {
        assertThat(LogSafe.requestId("540d316c-e6b5-4dc1-8f76-123456789012")).isEqualTo("540d316c-e6b5-4dc1-8f76-123456789012");
        assertThat(LogSafe.requestId("req-3171014507900001")).isEqualTo("req-[masked]");
        assertThat(LogSafe.requestId("-")).isEqualTo("-");
    }
}
