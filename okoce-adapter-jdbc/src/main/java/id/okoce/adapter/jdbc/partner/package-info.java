/** Partners and their cooperation agreements on PostgreSQL. */
package id.okoce.adapter.jdbc.partner;
