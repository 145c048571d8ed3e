package id.okoce.domain.importing;


/** Follows an import as it runs: progress after each batch, and every refused row. */
public interface ImportListener {

    /** The counts so far. */
    void progress(ImportCounts counts);

    /** A refused row. */
    void rejected(RowError error);

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
