/**
 * The audit trail and the read records on PostgreSQL: append-only tables, guarded by triggers and
 * by the service role's privileges; read records written by a group commit of many requests.
 */
package id.okoce.adapter.jdbc.audit;
