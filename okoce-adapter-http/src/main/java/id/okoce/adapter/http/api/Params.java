package id.okoce.adapter.http.api;

import id.okoce.domain.shared.DomainException;
import id.okoce.domain.shared.Require;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading path and query parameters, refusing bad ones with the parameter's name. A value with a
 * control character (a NUL, a line break) is refused whatever the parameter: no parameter takes one.
 */
public final class Params {

    private Params() {
    }

    /** A path parameter that must be a UUID. */
    public static UUID uuid(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(FieldError.parameter(name, "ID_MALFORMED", name + " must be a UUID"));
        }
    }

    /** A path parameter that must be a whole number (an id drawn from a sequence), refused with {@code code}. */
    public static long pathNumber(Context ctx, String name, String code) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(FieldError.parameter(name, code, name + " must be a whole number"));
        }
    }

    /** A path parameter parsed by a domain parser, refused with the parameter's name. */
    public static <T> T path(Context ctx, String name, Function<String, T> parse) {
        try {
            return parse.apply(ctx.pathParam(name));
        } catch (DomainException refusal) {
            throw new InvalidRequestException(FieldError.parameter(name, refusal.code().name(), refusal.getMessage()));
        }
    }

    /** The raw value of a query parameter, stripped; empty when absent or blank. */
    private static Optional<String> raw(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (Require.hasControlCharacter(raw)) {
            throw new InvalidRequestException(FieldError.parameter(name, "PARAMETER_INVALID",
                    name + " must not contain control characters"));
        }
        return Optional.of(raw.strip());
    }

    /** An optional query parameter parsed by a domain parser; a blank value counts as absent. */
    public static <T> Optional<T> query(Context ctx, String name, Function<String, T> parse) {
        Optional<String> raw = raw(ctx, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(raw.get()));
        } catch (DomainException refusal) {
            throw new InvalidRequestException(FieldError.parameter(name, refusal.code().name(), refusal.getMessage()));
        }
    }

    /** An optional date query parameter. */
    public static Optional<LocalDate> date(Context ctx, String name) {
        return raw(ctx, name).map(raw -> {
            try {
                return LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(FieldError.parameter(name, "DATE_MALFORMED", name + " must be a date like 2018-09-10"));
            }
        });
    }

    /** An optional whole-number query parameter. */
    public static Optional<Long> number(Context ctx, String name) {
        return raw(ctx, name).map(raw -> {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(FieldError.parameter(name, "NUMBER_MALFORMED", name + " must be a whole number"));
            }
        });
    }

    /**
     * An optional whole-number query parameter within {@code min}–{@code max}; outside the range
     * (however large) it is refused with {@code code}.
     */
    public static Optional<Integer> integer(Context ctx, String name, int min, int max, String code) {
        Optional<String> raw = raw(ctx, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        long value;
        try {
            value = Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            boolean digits = raw.get().matches("[+-]?[0-9]+");
            throw new InvalidRequestException(FieldError.parameter(name, digits ? code : "NUMBER_MALFORMED",
                    digits ? name + " must be " + min + "–" + max : name + " must be a whole number"));
        }
        if (value < min || value > max) {
            throw new InvalidRequestException(FieldError.parameter(name, code, name + " must be " + min + "–" + max));
        }
        return Optional.of((int) value);
    }

    /** A required query parameter. */
    public static String required(Context ctx, String name) {
        return raw(ctx, name).orElseThrow(() ->
                new InvalidRequestException(FieldError.parameter(name, "PARAMETER_REQUIRED", name + " is required")));
    }
}
