/** API tokens and idempotency keys on PostgreSQL. */
package id.okoce.adapter.jdbc.access;
