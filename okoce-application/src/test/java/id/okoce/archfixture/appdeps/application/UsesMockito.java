package id.okoce.archfixture.appdeps.application;

import org.mockito.Mockito;

/** Breaks "the application depends only on the domain and java..". */
public class UsesMockito {
    /** Reaches for a library. */
    public Object make() {
        return Mockito.mock(Runnable.class);
    }
}
