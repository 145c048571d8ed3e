package id.okoce.application.port.out;

import id.okoce.application.ApplicationError;
import id.okoce.domain.shared.DomainException;

/**
 * The store cannot be used right now: it cannot be reached, it stopped, or it did not answer
 * within its time bound. Whatever the work was, it was not done (its transaction rolled back);
 * the same request may be retried later. Adapters throw it in place of their own connection and
 * timeout failures, so callers see one kind of "try again".
 */
public class StorageUnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Unavailable for {@code why} (one line, naming no personal data). */
    public StorageUnavailableException(String why, Throwable cause) {
        super(ApplicationError.DATABASE_UNAVAILABLE, null, "the database is unavailable (" + why + "); retry shortly");
        initCause(cause);
    }
}
