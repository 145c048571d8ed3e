package id.okoce.domain.importing;


/** Follows an import as it runs: progress after each batch, and every refused row. */
public interface ImportListener {

    /** The counts so far. */
    void progress(ImportCounts counts);

    /** A refused row. */
    void rejected(RowError error);

    /**
     * Whether the import should stop now (asked before each row): it then ends as
     * {@link ImportStatus#STOPPED}, keeping only the batches already committed.
     */
    default boolean stopRequested() {
        return false;
    }

    /** A listener that ignores everything. */
    static ImportListener none() {
        return new ImportListener() {
            @Override
            public void progress(ImportCounts counts) {
                // ignored
            }

            @Override
            public void rejected(RowError error) {
                // ignored
            }
        };
    }
}
