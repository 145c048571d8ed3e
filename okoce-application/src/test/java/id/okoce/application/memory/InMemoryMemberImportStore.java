package id.okoce.application.memory;

import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.MemberImportStore.Holder;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** Imports in memory: row by row through the member repository, undone on rollback. */
public final class InMemoryMemberImportStore implements MemberImportStore {

    private final InMemoryMemberRepository members;
    private final InMemoryIdentitySource identities;
    private final InMemoryAuditTrail audit;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    private record Origin(ImportJobId job, long line) {
    }

    /** A store writing into {@code members}, appending each batch's entry to {@code audit}. */
    public InMemoryMemberImportStore(InMemoryMemberRepository members, InMemoryIdentitySource identities, InMemoryAuditTrail audit) {
        this.members = members;
        this.identities = identities;
        this.audit = audit;
    }

    @Override
    public Session open(ImportJobId job, boolean oneTransaction, AuditEntry imported) {
        return new Session() {
            private final List<Member> written = new ArrayList<>();
            private final List<Map.Entry<AuditEntry, List<MemberId>>> recorded = new ArrayList<>();
            private boolean finished;

            @Override
            public BatchOutcome write(List<ImportedMember> batch) {
                int inserted = 0;
                List<MemberId> ids = new ArrayList<>();
                List<RowConflict> conflicts = new ArrayList<>();
                for (ImportedMember row : batch) {
                    Registration r = row.registration();
                    Optional<Member> existing = members.findByNik(r.nik());
                    if (existing.isPresent()) {
                        Member stored = existing.get();
                        Optional<Holder> holder = Optional.of(new Holder(stored.number(), stored.domicile()));
                        Origin origin = origins.get(r.nik().value());
                        if (origin != null && origin.job().equals(job)) {
                            conflicts.add(new RowConflict(row.line(), RowConflict.Kind.DUPLICATE_IN_FILE, holder,
                                    OptionalLong.of(origin.line())));
                        } else if (stored.fullName().equals(r.fullName()) && stored.domicile().equals(r.domicile())
                                && stored.registeredOn().equals(r.registeredOn())) {
                            conflicts.add(new RowConflict(row.line(), RowConflict.Kind.ALREADY_IMPORTED, holder,
                                    OptionalLong.empty()));
                        } else {
                            conflicts.add(new RowConflict(row.line(), RowConflict.Kind.DUPLICATE_IN_DATABASE,
                                    holder, OptionalLong.empty()));
                        }
                        continue;
                    }
                    Member member = Member.restore(identities.newMemberId(), identities.nextMemberNumber(r.domicile().province()),
                            r.nik(), r.fullName(), r.phone(), r.domicile(), r.business(), r.registeredOn(), r.registeredBy(),
                            row.stages(), 0);
                    written.add(members.save(member));
                    ids.add(member.id());
                    origins.put(r.nik().value(), new Origin(job, row.line()));
                    inserted++;
                }
                if (inserted > 0) {
                    AuditEntry entry = new AuditEntry(imported.at(), imported.who(), imported.origin(), imported.action(),
                            imported.objectId(), imported.member(), imported.province(),
                            List.of(FieldChange.of("members", null, inserted)), imported.reason());
                    audit.appendFor(entry, ids);
                    recorded.add(Map.entry(entry, ids));
                }
                return new BatchOutcome(inserted, conflicts);
            }

            @Override
            public void finish(boolean commit) {
                finished = true;
                if (oneTransaction && !commit) {
                    undo();
                }
            }

            private void undo() {
                for (Member member : written) {
                    members.findById(member.id()).ifPresent(members::delete);
                    origins.remove(member.nik().value());
                }
                written.clear();
                recorded.forEach(e -> audit.retract(e.getKey(), e.getValue()));
                recorded.clear();
            }

            @Override
            public void close() {
                if (oneTransaction && !finished) {
                    undo();
                }
            }
        };
    }
}
