/**
 * Migrations written in Java, for the steps SQL cannot take alone (those that need the key ring);
 * they run among the SQL migrations of {@code db/migration} in version order.
 */
package id.okoce.adapter.jdbc.migration;
