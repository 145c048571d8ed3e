package id.okoce.archfixture.cycle.domain.a;

import id.okoce.archfixture.cycle.domain.b.B;

/** One half of a package cycle. */
public class A {
    /** Points at the other package. */
    public B other;
}
