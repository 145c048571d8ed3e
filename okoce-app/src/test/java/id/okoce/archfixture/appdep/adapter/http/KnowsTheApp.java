package id.okoce.archfixture.appdep.adapter.http;

import id.okoce.archfixture.appdep.app.Wiring;

/** Breaks "nothing but the app depends on the app package". */
public class KnowsTheApp {
    /** Points at the app. */
    public Wiring wiring;
}
