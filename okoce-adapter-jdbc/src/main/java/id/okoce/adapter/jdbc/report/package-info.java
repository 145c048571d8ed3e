/** The report read model on PostgreSQL: the trigger-maintained {@code member_counts} table. */
package id.okoce.adapter.jdbc.report;
