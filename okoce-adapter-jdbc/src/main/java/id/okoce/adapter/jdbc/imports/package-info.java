/**
 * Bulk imports on PostgreSQL: rows are copied into a temporary staging table with COPY, then
 * moved into {@code members} with one set-based INSERT per batch (numbers from the province
 * sequences, duplicates skipped by the unique NIK index, the report counters moved by the
 * statement trigger); import jobs and their error reports.
 */
package id.okoce.adapter.jdbc.imports;
