package id.okoce.application.memory;

import id.okoce.application.port.out.AuditTrail;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.member.MemberId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The audit trail in memory: a list in append order (a rolled-back entry leaves a hole), and which import batch wrote which members. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final InMemoryTransactions transactions;
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Map<MemberId, Integer> importedBy = new ConcurrentHashMap<>();

    /** A trail whose appends join {@code transactions}. */
    public InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        appendFor(entry, Set.of());
    }

    /** Appends the entry of an import batch that wrote {@code members}; for the in-memory import store. */
    void appendFor(AuditEntry entry, Collection<MemberId> members) {
        transactions.write(() -> {
            int index;
            synchronized (entries) {
                entries.add(entry);
                index = entries.size() - 1;
            }
            members.forEach(m -> importedBy.put(m, index));
            transactions.onRollback(() -> retract(entry, members));
            return null;
        });
    }

    /** Takes back the entry of an import batch whose one-transaction session rolled back (it was never committed). */
    void retract(AuditEntry entry, Collection<MemberId> members) {
        synchronized (entries) {
            int at = entries.lastIndexOf(entry);
            if (at >= 0) {
                entries.set(at, null);
            }
        }
        members.forEach(importedBy::remove);
    }

    @Override
    public List<AuditEntry> ofMember(MemberId member) {
        Integer batch = importedBy.get(member);
        List<AuditEntry> found = new ArrayList<>();
        synchronized (entries) {
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry e = entries.get(i);
                if (e != null && (e.member().filter(member::equals).isPresent() || (batch != null && batch == i))) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    @Override
    public List<AuditEntry> ofObject(String objectId) {
        synchronized (entries) {
            return entries.stream().filter(e -> e != null && e.objectId().equals(objectId)).toList();
        }
    }

    @Override
    public void destroyPersonalValues(MemberId member) {
        transactions.write(() -> {
            synchronized (entries) {
                for (int i = 0; i < entries.size(); i++) {
                    AuditEntry e = entries.get(i);
                    if (e != null && e.member().filter(member::equals).isPresent()) {
                        int at = i;
                        entries.set(i, new AuditEntry(e.at(), e.who(), e.origin(), e.action(), e.objectId(), e.member(), e.province(),
                                e.changes().stream().map(FieldChange::withoutPersonalValues).toList(), e.reason()));
                        transactions.onRollback(() -> {
                            synchronized (entries) {
                                entries.set(at, e);
                            }
                        });
                    }
                }
            }
            return null;
        });
    }

    /** The latest entry about {@code member}, if any; for the in-memory member store's activity. */
    java.util.Optional<java.time.Instant> lastAbout(MemberId member) {
        return ofMember(member).stream().map(AuditEntry::at).max(java.time.Instant::compareTo);
    }
}
