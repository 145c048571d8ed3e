package id.okoce.application.port.out;

import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes imported members in bulk, set-based, keeping every invariant of {@link MemberRepository}
 * (one NIK, one member; numbers from the identity sequences; the report read model moved in the
 * same transaction).
 *
 * <p>A session is used from more than one thread (batches are written by a writer thread while the
 * next is read), one call at a time, so it must not depend on the thread that opened it. A store
 * with real transactions keeps one open on a connection of the session's own for a one-transaction
 * session. A store without them meets all-or-nothing by staging: each batch's conflicts are told
 * against what is committed and against the session's own earlier batches, and the staged members
 * are published in one commit at {@link Session#finish finish(true)} (a NIK taken by someone else
 * in the meantime then refuses the whole import with {@link DuplicateNikException}, writing
 * nothing); {@code finish(false)} and {@code close()} drop them.
 */
public interface MemberImportStore {

    /**
     * Opens a session for one import job.
     *
     * @param oneTransaction true: every batch in one transaction, committed or rolled back by
     *                       {@link Session#finish}; false: each batch is committed when written
     * @param imported       the audit entry of the job ({@code member.imported}, the job as its
     *                       object): each batch that writes members appends it to the
     *                       {@link AuditTrail} of the same store in the batch's transaction, with
     *                       one change {@code members} from nothing to the number written; and
     *                       {@link AuditTrail#ofMember} of a member it wrote includes that entry
     */
    Session open(ImportJobId job, boolean oneTransaction, AuditEntry imported);

    /** A bulk-writing session; close it always (an unfinished one-transaction session rolls back). */
    interface Session extends AutoCloseable {

        /**
         * Writes a batch of new members (in line order) and says which rows were not written and why.
         * A row whose NIK is already stored is not written: it is {@code ALREADY_IMPORTED} when the
         * stored member has the same name, kecamatan and registration date and came from another job
         * (a rerun), {@code DUPLICATE_IN_FILE} when this job stored it from an earlier line, and
         * {@code DUPLICATE_IN_DATABASE} otherwise.
         */
        BatchOutcome write(List<ImportedMember> batch);

        /** Commits (true) or rolls back (false) a one-transaction session; nothing for a per-batch one. */
        void finish(boolean commit);

        @Override
        void close();
    }

    /**
     * What a batch did.
     *
     * @param inserted  rows written
     * @param conflicts rows not written, each with the reason
     */
    record BatchOutcome(int inserted, List<RowConflict> conflicts) {
        /** Copies the list. */
        public BatchOutcome {
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * The member holding a NIK.
     *
     * @param number  its member number
     * @param livesIn the kecamatan it lives in now (which decides who may be told about it)
     */
    record Holder(MemberNumber number, KecamatanCode livesIn) {
        /** Checks the parts. */
        public Holder {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(livesIn, "livesIn");
        }
    }

    /**
     * A row not written because its NIK is taken.
     *
     * @param line      the row's line
     * @param kind      why
     * @param existing  the member holding the NIK
     * @param firstLine for a duplicate in the file, the line that was written
     */
    record RowConflict(long line, Kind kind, Optional<Holder> existing, OptionalLong firstLine) {

        /** Checks the parts. */
        public RowConflict {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(existing, "existing");
            Objects.requireNonNull(firstLine, "firstLine");
        }

        /** Why a row was not written. */
        public enum Kind {
            /** An earlier line of the same file has this NIK. */
            DUPLICATE_IN_FILE,
            /** Another member has this NIK. */
            DUPLICATE_IN_DATABASE,
            /** The same member is already stored (the file was imported before): skipped. */
            ALREADY_IMPORTED
        }
    }
}
