/** The event outbox, its publisher and the feed, in PostgreSQL. */
package id.okoce.adapter.jdbc.event;
