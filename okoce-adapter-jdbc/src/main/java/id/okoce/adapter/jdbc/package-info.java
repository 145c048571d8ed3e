/**
 * The outbound ports on PostgreSQL: JDBI over a HikariCP pool, the schema by Flyway migrations,
 * and an embedded PostgreSQL 18 for when no external database is configured.
 * {@link id.okoce.adapter.jdbc.PostgresAdapters} is the entry point.
 */
package id.okoce.adapter.jdbc;
