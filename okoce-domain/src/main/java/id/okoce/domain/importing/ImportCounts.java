package id.okoce.domain.importing;

/**
 * What an import did so far.
 *
 * @param rows            data rows read
 * @param accepted        rows that passed every check (inserted, or would be)
 * @param inserted        rows written and committed
 * @param alreadyImported rows identical to a member already stored (a rerun): skipped
 * @param invalid         rows refused by a rule
 * @param duplicates      rows whose NIK is taken, earlier in the file or by another member
 */
public record ImportCounts(long rows, long accepted, long inserted, long alreadyImported, long invalid, long duplicates) {

    /** Nothing yet. */
    public static ImportCounts zero() {
        return new ImportCounts(0, 0, 0, 0, 0, 0);
    }

    /** Rows that were refused, for whatever reason. */
    public long refused() {
        return invalid + duplicates;
    }
}
