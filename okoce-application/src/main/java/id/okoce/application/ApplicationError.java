package id.okoce.application;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Refusals that come from the use cases rather than from a single aggregate. */
public enum ApplicationError implements ErrorCode {
    /** No member with that id (or not visible to the caller). */
    MEMBER_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No partner with that id (or not visible to the caller). */
    PARTNER_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No financing product with that id. */
    PRODUCT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No agreement with that id for that partner (or not visible to the caller). */
    AGREEMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No financing with that id for that member (or not visible to the caller). */
    FINANCING_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The NIK is already registered; the existing member number is named. */
    MEMBER_DUPLICATE_NIK(ErrorKind.CONFLICT),
    /** A product with that id already exists. */
    PRODUCT_DUPLICATE(ErrorKind.CONFLICT),
    /** A partner of that name already works in that province; the existing partner is named. */
    PARTNER_DUPLICATE(ErrorKind.CONFLICT),
    /** The partner already has an agreement with the same counterparty, stages and validity; it is named. */
    AGREEMENT_DUPLICATE(ErrorKind.CONFLICT),
    /** A new version of a product family would be in force on a day another version already is. */
    PRODUCT_VERSION_OVERLAP(ErrorKind.CONFLICT),
    /** The record changed since it was read: the version given is stale. */
    VERSION_CONFLICT(ErrorKind.CONFLICT),
    /** An Idempotency-Key was reused for a different request (another body). */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.RULE_VIOLATION),
    /** P7 stands on a recorded financing and cannot be withdrawn while the financing is on record. */
    STAGE_HELD_BY_FINANCING(ErrorKind.CONFLICT),
    /** A correction that changes nothing, or names the NIK (never edited: a wrong NIK is an erasure and a new registration). */
    CORRECTION_INVALID(ErrorKind.INVALID_INPUT),
    /** A reason (of a withdrawal, an erasure) is 1–500 characters without control characters. */
    REASON_INVALID(ErrorKind.INVALID_INPUT),
    /** A member whose identity and contact data were erased: nothing about the person is held any more. */
    MEMBER_ERASED(ErrorKind.GONE),
    /** A member merged into another, found to be the same person: the details name the survivor. */
    MEMBER_MERGED(ErrorKind.GONE),
    /** The full NIK is shown only for a stated purpose. */
    PURPOSE_REQUIRED(ErrorKind.INVALID_INPUT),
    /** A purpose is 1–200 characters without control characters. */
    PURPOSE_INVALID(ErrorKind.INVALID_INPUT),
    /** A webhook endpoint's URL (or description) that is not acceptable. */
    WEBHOOK_URL_INVALID(ErrorKind.INVALID_INPUT),
    /** A webhook endpoint's host resolves to a loopback, link-local or private address, which the operator has not allowed. */
    WEBHOOK_URL_FORBIDDEN(ErrorKind.INVALID_INPUT),
    /** No webhook endpoint with that id (or not the caller's). */
    WEBHOOK_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** A replay needs either the first event's id or a time. */
    REPLAY_INVALID(ErrorKind.INVALID_INPUT),
    /** Not an event type of the feed. */
    EVENT_TYPE_UNKNOWN(ErrorKind.INVALID_INPUT),
    /** A registration that is likely a member already registered: refused unless the caller confirms the person is another. */
    POSSIBLE_DUPLICATE(ErrorKind.CONFLICT),
    /** No duplicate pair with that id (or not wholly within the caller's area). */
    DUPLICATE_PAIR_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The duplicate pair was resolved already. */
    DUPLICATE_PAIR_RESOLVED(ErrorKind.CONFLICT),
    /** A scan of the register for duplicates is running already: follow it (details.scanId). */
    DUPLICATE_SCAN_RUNNING(ErrorKind.CONFLICT),
    /** No duplicate scan with that number in this service (jobs are remembered until the service restarts). */
    DUPLICATE_SCAN_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The database cannot be reached or did not answer in time: nothing was done, retry later. */
    DATABASE_UNAVAILABLE(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ApplicationError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
