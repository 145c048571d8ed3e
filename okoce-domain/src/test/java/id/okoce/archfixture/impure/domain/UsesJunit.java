package id.okoce.archfixture.impure.domain;

import org.junit.jupiter.api.Assertions;

/** Breaks "the domain depends only on java..". */
public class UsesJunit {
    /** Calls a library outside the JDK. */
    public void check() {
        Assertions.assertTrue(true);
    }
}
