/** Possible duplicates in PostgreSQL: the candidate blocks (phone; birth key within a province) and the review queue. */
package id.okoce.adapter.jdbc.duplicate;
