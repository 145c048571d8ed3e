package id.okoce.archfixture.independent.adapter.http;

import id.okoce.archfixture.independent.adapter.jdbc.OrderTable;

/** Breaks "adapters never depend on each other". */
public class ReadsTheTable {
    /** Reaches into the other adapter. */
    public OrderTable table;
}
