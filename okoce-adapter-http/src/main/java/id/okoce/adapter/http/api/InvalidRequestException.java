package id.okoce.adapter.http.api;

import java.util.List;

/** The request's input is invalid in one or more places (answered 400 with every error listed). */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /** Invalid in these places. */
    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    /** Invalid in one place. */
    public InvalidRequestException(FieldError error) {
        this(List.of(error));
    }

    /** Every error. */
    public List<FieldError> errors() {
        return errors;
    }
}
