package id.okoce.application.memory;

import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.MemberImportStore.Holder;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.Member;
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
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    private record Origin(ImportJobId job, long line) {
    }

    /** A store writing into {@code members}. */
    public InMemoryMemberImportStore(InMemoryMemberRepository members, InMemoryIdentitySource identities) {
        this.members = members;
        this.identities = identities;
    }

    @Override
    public Session open(ImportJobId job, boolean oneTransaction) {
        return new Session() {
            private final List<Member> written = new ArrayList<>();
            private boolean finished;

            @Override
            public BatchOutcome write(List<ImportedMember> batch) {
                int inserted = 0;
                List<RowConflict> conflicts = new ArrayList<>();
                for (ImportedMember row : batch) {
                    Registration r = row.registration();
                    Optional<Member> existing = members.findByNik(r.nik());
                    if (existing.isPresent()) {
                        Member stored = existing.get();
                        Optional<Holder> holder = Optional.of(new Holder(stored.number(), stored.province()));
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
                    origins.put(r.nik().value(), new Origin(job, row.line()));
                    inserted++;
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
