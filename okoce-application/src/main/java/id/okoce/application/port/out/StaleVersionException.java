package id.okoce.application.port.out;

import id.okoce.application.ApplicationError;
import id.okoce.domain.shared.DomainException;

/**
 * Thrown by a repository's {@code save} when the stored version is not the one the caller read
 * (someone else saved in between), or when a new aggregate's id already exists. Nothing is written.
 */
public class StaleVersionException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** A clash on {@code what} (e.g. "member 5f0c…"), expected at {@code version}. */
    public StaleVersionException(String what, long version) {
        super(ApplicationError.VERSION_CONFLICT, "version",
                what + " was changed by someone else (version " + version + " is stale); read it again");
    }
}
