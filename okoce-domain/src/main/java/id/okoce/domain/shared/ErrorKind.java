package id.okoce.domain.shared;

/** The kind of a refusal, which an adapter maps to its own status (HTTP 400, 404, 409, 422…). */
public enum ErrorKind {
    /** The input is malformed or names something that does not exist (bad NIK, unknown region). */
    INVALID_INPUT,
    /** The input is well-formed but a business rule refuses it (stage not available, dates out of order). */
    RULE_VIOLATION,
    /** The request clashes with the current state (already done, duplicate, stale version). */
    CONFLICT,
    /** The thing asked for does not exist, or is not visible to the caller. */
    NOT_FOUND,
    /** The caller may not do this. */
    FORBIDDEN,
    /** The thing asked for existed but was destroyed for good (a member's erased personal data). */
    GONE,
    /** Nothing is wrong with the request, but it cannot be served now (its storage is down or too slow): retry later. */
    UNAVAILABLE
}
