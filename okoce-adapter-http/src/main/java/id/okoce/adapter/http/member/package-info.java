/** The member routes: registration, reading and searching, stage completion. */
package id.okoce.adapter.http.member;
