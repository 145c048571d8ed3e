package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.domain.shared.DomainException;

/** Checking the reasons people give for a withdrawal or an erasure. */
final class Reasons {

    /** The longest reason. */
    static final int MAX = 500;

    private Reasons() {
    }

    /** The reason stripped, or {@code REASON_INVALID} when it is empty, longer than {@code max} or holds control characters. */
    static String check(String reason, String field, int max) {
        if (reason == null || reason.isBlank() || reason.strip().length() > max || reason.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException(ApplicationError.REASON_INVALID, field,
                    field + " must be 1–" + max + " characters without control characters");
        }
        return reason.strip();
    }
}
