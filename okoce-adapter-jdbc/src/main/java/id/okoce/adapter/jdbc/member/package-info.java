/** Members on PostgreSQL: one row per member with the seven stages as columns, and member numbers from per-province sequences. */
package id.okoce.adapter.jdbc.member;
