/** The report read model on PostgreSQL: counter tables a trigger on {@code members} keeps in the transaction of every change. */
package id.okoce.adapter.jdbc.report;
