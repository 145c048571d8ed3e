package id.okoce.app;

/** A setting has a value that cannot be used; the message names the setting and says why, in one line. */
public class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A bad setting. */
    public SettingsException(String message) {
        super(message);
    }
}
