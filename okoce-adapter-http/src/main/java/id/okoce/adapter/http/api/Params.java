package id.okoce.adapter.http.api;

import id.okoce.domain.shared.DomainException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Reading path and query parameters, refusing bad ones with the parameter's name. */
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

    /** An optional query parameter parsed by a domain parser; a blank value counts as absent. */
    public static <T> Optional<T> query(Context ctx, String name, Function<String, T> parse) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(raw.strip()));
        } catch (DomainException refusal) {
            throw new InvalidRequestException(FieldError.parameter(name, refusal.code().name(), refusal.getMessage()));
        }
    }

    /** An optional date query parameter. */
    public static Optional<LocalDate> date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(FieldError.parameter(name, "DATE_MALFORMED", name + " must be a date like 2018-09-10"));
        }
    }

    /** An optional whole-number query parameter. */
    public static Optional<Long> number(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(FieldError.parameter(name, "NUMBER_MALFORMED", name + " must be a whole number"));
        }
    }

    /** A required query parameter. */
    public static String required(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            throw new InvalidRequestException(FieldError.parameter(name, "PARAMETER_REQUIRED", name + " is required"));
        }
        return raw.strip();
    }
}
