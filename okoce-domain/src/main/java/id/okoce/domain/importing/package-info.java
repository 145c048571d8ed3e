/**
 * Bringing members in by the thousand: import modes, jobs with their counts and status, and the
 * per-row errors an import reports (line, field, stable code). Every row is judged by the same
 * rules as a single registration.
 */
package id.okoce.domain.importing;
