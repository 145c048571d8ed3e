package id.okoce.application.port.out;

import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.member.MemberId;
import java.util.List;

/**
 * The append-only audit trail: one {@link AuditEntry} per change to members, stages, financings,
 * partners, agreements, products and tokens.
 *
 * <p>What a store must guarantee:
 * <ul>
 *   <li><b>Same transaction.</b> {@link #append} joins the current {@link Transactions}
 *       transaction: the entry is committed with the change it records, and rolled back with it.
 *       Outside a transaction it is a transaction of its own.</li>
 *   <li><b>Append only.</b> Nothing stored is ever changed or removed, with one exception:
 *       {@link #destroyPersonalValues} (an erasure) makes the personal values of a member's
 *       entries unreadable for good, leaving every entry, its fields and its other values.</li>
 *   <li><b>Order.</b> Entries come back in the order they were appended.</li>
 * </ul>
 * Personal values ({@link id.okoce.domain.audit.FieldChange#personal()}) are kept in full, so that
 * the person's own export can show them; a store should not keep them in clear.
 */
public interface AuditTrail {

    /** Appends an entry, in the current transaction. */
    void append(AuditEntry entry);

    /**
     * Every entry about the member, oldest first: those whose {@link AuditEntry#member()} names it,
     * and the entry of the bulk-import batch that wrote it, if it was imported (see
     * {@link MemberImportStore#open}). A store that merges members ({@link DuplicateRegister#merge})
     * includes the entries of every member merged into it. Empty for an unknown member.
     */
    List<AuditEntry> ofMember(MemberId member);

    /** Every entry about the object (a partner, agreement, product, token, financing, import job or member id), oldest first. */
    List<AuditEntry> ofObject(String objectId);

    /**
     * Destroys the personal values of every entry about the member (an erasure): they read back
     * empty from then on, in every copy the store keeps; the entries and their other values stay.
     * Those of the members merged into it too: they are its history. Joins the current transaction.
     */
    void destroyPersonalValues(MemberId member);
}
