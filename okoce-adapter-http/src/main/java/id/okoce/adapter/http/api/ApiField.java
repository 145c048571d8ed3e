package id.okoce.adapter.http.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a field of a request or response record for the OpenAPI document; on a request, a
 * field is required unless marked {@link #optional()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface ApiField {

    /** What the field means. */
    String value() default "";

    /** Whether a request may leave it out (or send null). */
    boolean optional() default false;

    /** An example value, as JSON text would show it. */
    String example() default "";

    /** The allowed values, for a string that takes a fixed set the domain does not name (prefer {@link #allowedFrom}). */
    String[] allowed() default {};

    /** The domain enum whose constants, written as {@link WireNames} says, are the allowed values. */
    Class<? extends Enum<?>> allowedFrom() default NoEnum.class;

    /** No enum: {@link #allowedFrom} unset. */
    enum NoEnum {
    }

    /** A JSON-schema string format, e.g. {@code date}. */
    String format() default "";
}
