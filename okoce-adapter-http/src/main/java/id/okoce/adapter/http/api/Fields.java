package id.okoce.adapter.http.api;

import id.okoce.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns raw request fields into domain values one by one, collecting every refusal with its
 * JSON pointer, so a client learns about all its mistakes at once.
 */
public final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    /** The value {@code parse} makes, or null after recording its refusal at {@code pointer}. */
    public <T> T get(String pointer, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException refusal) {
            errors.add(FieldError.body(pointer, refusal.code().name(), refusal.getMessage()));
            return null;
        }
    }

    /** Like {@link #get}, for a query, path or header parameter. */
    public <T> T parameter(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException refusal) {
            errors.add(FieldError.parameter(name, refusal.code().name(), refusal.getMessage()));
            return null;
        }
    }

    /** Records a refusal found without parsing. */
    public void reject(FieldError error) {
        errors.add(error);
    }

    /** Throws an {@link InvalidRequestException} with every refusal recorded, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
