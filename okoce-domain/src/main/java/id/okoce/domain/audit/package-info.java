/**
 * Accounting for what the network does with people's data (UU PDP, Law 27/2022): the audit trail
 * of every change ({@link id.okoce.domain.audit.AuditEntry}) and the record of every read of a
 * member's personal data ({@link id.okoce.domain.audit.ReadRecord}), who did it, through which
 * request and why, and how personal values are masked when a record is shown.
 */
package id.okoce.domain.audit;
