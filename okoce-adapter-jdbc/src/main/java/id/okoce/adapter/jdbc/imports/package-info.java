/**
 * Bulk imports on PostgreSQL: each batch is COPYed straight into {@code members} when none of its
 * NIKs is taken (the unique NIK index tells, and a savepoint undoes the attempt), otherwise after
 * one indexed lookup sets the taken NIKs aside, and as a last resort through a temporary staging
 * table and one set-based {@code INSERT … ON CONFLICT DO NOTHING}; numbers come from the province
 * sequences and the statement trigger moves the report counters every way. Also import jobs and
 * their error reports.
 */
package id.okoce.adapter.jdbc.imports;
