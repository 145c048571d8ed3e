package id.okoce.domain.shared;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked exception for every refusal in OK OCE: it carries a stable {@link ErrorCode},
 * the input field it concerns (when there is one) and a sentence for people. Messages never
 * contain a full NIK.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final String field;
    private final transient Map<String, String> details;

    /** A refusal about one input field ({@code field} may be {@code null} when none applies). */
    public DomainException(ErrorCode code, String field, String message) {
        this(code, field, message, Map.of());
    }

    /** A refusal with machine-readable details (e.g. the member number a duplicate NIK belongs to). */
    public DomainException(ErrorCode code, String field, String message, Map<String, String> details) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.details = Map.copyOf(details);
    }

    /** The stable code, e.g. {@code NIK_INVALID_DATE}. */
    public ErrorCode code() {
        return code;
    }

    /** The kind of refusal, from the code. */
    public ErrorKind kind() {
        return code.kind();
    }

    /** The input field the refusal concerns, in the domain's own words (e.g. {@code nik}). */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Extra machine-readable facts about the refusal; empty for most codes. */
    public Map<String, String> details() {
        return details;
    }

    /** Throws an {@link DomainException} with {@code code} unless {@code condition} holds. */
    public static void require(boolean condition, ErrorCode code, String field, String message) {
        if (!condition) {
            throw new DomainException(code, field, message);
        }
    }
}
