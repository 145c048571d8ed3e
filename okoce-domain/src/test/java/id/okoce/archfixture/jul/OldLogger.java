package id.okoce.archfixture.jul;

import java.util.logging.Logger;

/** Breaks "no java.util.logging". */
public class OldLogger {
    /** Logs the old way. */
    public void log() {
        Logger.getLogger("x").info("hello");
    }
}
