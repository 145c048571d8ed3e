/** Financing products and the financing granted, on PostgreSQL. */
package id.okoce.adapter.jdbc.financing;
