package id.okoce.archfixture.generic;

/** Breaks "no generic exceptions". */
public class ThrowsGeneric {
    /** Throws a bare RuntimeException. */
    public void fail() {
        throw new RuntimeException("no code");
    }
}
