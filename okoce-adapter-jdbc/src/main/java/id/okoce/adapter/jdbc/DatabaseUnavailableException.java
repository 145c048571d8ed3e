package id.okoce.adapter.jdbc;

/**
 * The database cannot be used: wrong URL, refused connection, bad credentials, missing database,
 * or an embedded server that would not start. The message is one line naming what is wrong and
 * which setting to look at; it never contains a password.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
