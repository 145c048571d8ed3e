package id.okoce.archfixture.independent.adapter.jdbc;

/** A class of one adapter. */
public class OrderTable {
}
