package id.okoce.adapter.http.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input: where it is (a JSON pointer into the body, or the name of a query, path or
 * header parameter), its stable code, and why.
 *
 * @param pointer   JSON pointer into the request body, e.g. {@code /business/startedOn}; null for parameters
 * @param parameter the query, path or header parameter, e.g. {@code limit}; null for body fields
 * @param code      the stable code, e.g. {@code NIK_INVALID_DATE}
 * @param message   a sentence for people
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(@ApiField(value = "JSON pointer into the request body", optional = true) String pointer,
                         @ApiField(value = "query, path or header parameter", optional = true) String parameter,
                         @ApiField("stable code") String code,
                         @ApiField("why") String message) {

    /** An error in the body. */
    public static FieldError body(String pointer, String code, String message) {
        return new FieldError(pointer, null, code, message);
    }

    /** An error in a parameter. */
    public static FieldError parameter(String name, String code, String message) {
        return new FieldError(null, name, code, message);
    }
}
