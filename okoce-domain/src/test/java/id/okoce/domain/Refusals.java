package id.okoce.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on refusals: the stable code and the field, in one line. */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts {@code call} is refused with {@code code} about {@code field}. */
    public static void assertRefused(ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refusal = (DomainException) e;
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.field()).contains(field);
                });
    }

    /** Asserts {@code call} is refused with {@code code}. */
    public static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }
}
