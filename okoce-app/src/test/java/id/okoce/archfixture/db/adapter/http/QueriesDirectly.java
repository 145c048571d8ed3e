package id.okoce.archfixture.db.adapter.http;

import org.jdbi.v3.core.Jdbi;

/** Breaks "JDBI only in the JDBC adapter". */
public class QueriesDirectly {
    /** Holds a Jdbi. */
    public Jdbi jdbi;
}
