package id.okoce.archfixture.wiring.application;

import com.google.inject.Injector;

/** Breaks "nothing but the app depends on Guice". */
public class InjectedService {
    /** Holds an injector. */
    public Injector injector;
}
