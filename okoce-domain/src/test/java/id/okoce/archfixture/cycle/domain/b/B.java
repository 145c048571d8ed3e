package id.okoce.archfixture.cycle.domain.b;

import id.okoce.archfixture.cycle.domain.a.A;

/** The other half of a package cycle. */
public class B {
    /** Points back. */
    public A other;
}
