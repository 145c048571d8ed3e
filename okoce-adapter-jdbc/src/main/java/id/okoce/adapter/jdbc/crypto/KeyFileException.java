package id.okoce.adapter.jdbc.crypto;

/** The key file cannot be used: missing, open to others, or malformed. The message says which and what to do. */
public final class KeyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with the key file. */
    public KeyFileException(String message) {
        super(message);
    }
}
