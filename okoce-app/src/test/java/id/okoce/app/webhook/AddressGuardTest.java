package id.okoce.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.ApplicationError;
import id.okoce.domain.shared.DomainException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(false);

    @Test
    void loopback_link_local_private_and_shared_addresses_are_refused_unless_allowed() {
        for (String url : new String[] {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest/meta-data",
            "http://10.1.2.3/", "http://172.16.0.9/", "http://192.168.1.1/", "http://100.64.0.1/", "http://0.0.0.0/",
            "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/"}) {
            assertThatThrownBy(() -> strict.check(URI.create(url))).as(url).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ApplicationError.WEBHOOK_URL_FORBIDDEN));
            assertThatCode(() -> new AddressGuard(true).check(URI.create(url))).as(url).doesNotThrowAnyException();
        }
        assertThatCode(() -> strict.check(URI.create("https://93.184.216.34/hook"))).doesNotThrowAnyException();
        assertThatCode(() -> strict.check(URI.create("https://[2606:4700::1111]/hook"))).doesNotThrowAnyException();
    }

    @Test
    void a_host_that_does_not_resolve_is_refused() {
        assertThatThrownBy(() -> strict.check(URI.create("https://no-such-host.invalid/hook")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ApplicationError.WEBHOOK_URL_INVALID));
    }
}
