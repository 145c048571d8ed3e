package example.fork;

import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Imports into the ledger. A per-batch session commits each batch as one ledger transaction. A
 * one-transaction session is written from more than one thread, so it cannot hold the ledger's
 * lock between calls: it stages its members, telling each batch's conflicts against the last
 * commit and its own earlier batches, and publishes them all in one commit at {@code finish(true)};
 * a NIK taken by someone else in between refuses the whole import there, and nothing is written.
 */
final class LedgerImports implements MemberImportStore {

    private final Ledger ledger;
    private final LedgerIdentities identities;

    LedgerImports(Ledger ledger, LedgerIdentities identities) {
        this.ledger = ledger;
        this.identities = identities;
    }

    @Override
    public Session open(ImportJobId job, boolean oneTransaction, AuditEntry imported) {
        return oneTransaction ? new Staged(job, imported) : new PerBatch(job, imported);
    }

    /** A member about to be stored, and where it came from. */
    private record Row(Member member, Ledger.Origin origin) {
    }

    /** Which rows of {@code batch} go in (into {@code accepted}) and which conflict with {@code data} or {@code staged}. */
    private BatchOutcome sort(ImportJobId job, List<ImportedMember> batch, Ledger.Snapshot data,
                              Map<String, Row> staged, List<Row> accepted) {
        List<RowConflict> conflicts = new ArrayList<>();
        for (ImportedMember row : batch) {
            Registration r = row.registration();
            String nik = r.nik().value();
            Optional<Member> stored = Optional.ofNullable(staged.get(nik)).map(Row::member).or(() -> data.byNik(nik));
            if (stored.isEmpty()) {
                Member member = Member.restore(identities.newMemberId(), identities.nextMemberNumber(r.domicile().province()),
                        r.nik(), r.fullName(), r.phone(), r.domicile(), r.business(), r.registeredOn(), r.registeredBy(),
                        row.stages(), 1);
                Row written = new Row(member, new Ledger.Origin(job, row.line()));
                staged.put(nik, written);
                accepted.add(written);
                continue;
            }
            Member holder = stored.get();
            Optional<Holder> named = Optional.of(new Holder(holder.number(), holder.domicile()));
            Ledger.Origin origin = staged.containsKey(nik) ? staged.get(nik).origin() : data.origins.get(nik);
            if (origin != null && origin.job().equals(job)) {
                conflicts.add(new RowConflict(row.line(), RowConflict.Kind.DUPLICATE_IN_FILE, named, OptionalLong.of(origin.line())));
            } else if (holder.fullName().equals(r.fullName()) && holder.domicile().equals(r.domicile())
                    && holder.registeredOn().equals(r.registeredOn())) {
                conflicts.add(new RowConflict(row.line(), RowConflict.Kind.ALREADY_IMPORTED, named, OptionalLong.empty()));
            } else {
                conflicts.add(new RowConflict(row.line(), RowConflict.Kind.DUPLICATE_IN_DATABASE, named, OptionalLong.empty()));
            }
        }
        return new BatchOutcome(batch.size() - conflicts.size(), conflicts);
    }

    /** Stores the rows and, when there are any, the job's audit entry for them, with how many. */
    private static void store(Ledger.Snapshot data, List<Row> rows, AuditEntry imported) {
        if (!rows.isEmpty()) {
            LedgerAudit.append(data, new AuditEntry(imported.at(), imported.who(), imported.origin(), imported.action(),
                    imported.objectId(), imported.member(), imported.province(), List.of(FieldChange.of("members", null, rows.size())),
                    imported.reason()), rows.stream().map(r -> r.member().id()).toList());
        }
        for (Row row : rows) {
            Optional<Member> holder = data.byNik(row.member().nik().value());
            if (holder.isPresent()) {
                throw new DuplicateNikException(holder.get().number(), holder.get().domicile());
            }
            data.put(row.member());
            data.origins.put(row.member().nik().value(), row.origin());
        }
    }

    private final class PerBatch implements Session {
        private final ImportJobId job;
        private final AuditEntry imported;

        PerBatch(ImportJobId job, AuditEntry imported) {
            this.job = job;
            this.imported = imported;
        }

        @Override
        public BatchOutcome write(List<ImportedMember> batch) {
            return ledger.transaction(data -> {
                List<Row> accepted = new ArrayList<>();
                BatchOutcome outcome = sort(job, batch, data, new LinkedHashMap<>(), accepted);
                store(data, accepted, imported);
                return outcome;
            });
        }

        @Override
        public void finish(boolean commit) {
        }

        @Override
        public void close() {
        }
    }

    private final class Staged implements Session {
        private final ImportJobId job;
        private final AuditEntry imported;
        private final Map<String, Row> staged = new LinkedHashMap<>();

        Staged(ImportJobId job, AuditEntry imported) {
            this.job = job;
            this.imported = imported;
        }

        @Override
        public synchronized BatchOutcome write(List<ImportedMember> batch) {
            return sort(job, batch, ledger.view(), staged, new ArrayList<>());
        }

        @Override
        public synchronized void finish(boolean commit) {
            if (commit) {
                List<Row> rows = List.copyOf(staged.values());
                ledger.transaction(data -> {
                    store(data, rows, imported);
                    return null;
                });
            }
            staged.clear();
        }

        @Override
        public synchronized void close() {
            staged.clear();
        }
    }
}
