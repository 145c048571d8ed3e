/** What the PostgreSQL repositories share: the transaction-bound handle, ids and column helpers. */
package id.okoce.adapter.jdbc.support;
