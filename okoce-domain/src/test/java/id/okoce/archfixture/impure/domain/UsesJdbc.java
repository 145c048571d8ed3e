package id.okoce.archfixture.impure.domain;

import java.sql.Connection;

/** Breaks "the domain uses no java.sql". */
public class UsesJdbc {
    /** Holds a connection, which a pure domain never does. */
    public Connection connection;
}
