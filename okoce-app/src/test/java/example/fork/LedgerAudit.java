package example.fork;

import id.okoce.application.port.out.AuditTrail;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.member.MemberId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The audit trail in the ledger: appended in the transaction of the change it records. */
final class LedgerAudit implements AuditTrail {

    private final Ledger ledger;

    LedgerAudit(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void append(AuditEntry entry) {
        ledger.transaction(data -> {
            append(data, entry, List.of());
            return null;
        });
    }

    /** Appends an entry in {@code data}, for a batch that wrote {@code members} (none for one change). */
    static void append(Ledger.Snapshot data, AuditEntry entry, Collection<MemberId> members) {
        data.audit.add(entry);
        members.forEach(m -> data.importedBy.put(m, data.audit.size() - 1));
    }

    /** Every entry about {@code member} in {@code data}, oldest first, its import batch's included. */
    static List<AuditEntry> about(Ledger.Snapshot data, MemberId member) {
        Integer batch = data.importedBy.get(member);
        List<AuditEntry> found = new ArrayList<>();
        for (int i = 0; i < data.audit.size(); i++) {
            AuditEntry e = data.audit.get(i);
            if (e.member().filter(member::equals).isPresent() || (batch != null && batch == i)) {
                found.add(e);
            }
        }
        return found;
    }

    @Override
    public List<AuditEntry> ofMember(MemberId member) {
        return about(ledger.view(), member);
    }

    @Override
    public List<AuditEntry> ofObject(String objectId) {
        return ledger.view().audit.stream().filter(e -> e.objectId().equals(objectId)).toList();
    }

    @Override
    public void destroyPersonalValues(MemberId member) {
        ledger.transaction(data -> {
            data.audit.replaceAll(e -> e.member().filter(member::equals).isEmpty() ? e
                    : new AuditEntry(e.at(), e.who(), e.origin(), e.action(), e.objectId(), e.member(), e.province(),
                            e.changes().stream().map(FieldChange::withoutPersonalValues).toList(), e.reason()));
            return null;
        });
    }
}
