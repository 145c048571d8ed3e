package id.okoce.domain.importing;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Refusals that belong to imports rather than to one member. */
public enum ImportError implements ErrorCode {
    /** The file's header is not the documented one. */
    IMPORT_HEADER_INVALID(ErrorKind.INVALID_INPUT),
    /** A row has the wrong number of columns or cannot be read. */
    IMPORT_ROW_MALFORMED(ErrorKind.INVALID_INPUT),
    /** The NIK appears earlier in the same file. */
    IMPORT_DUPLICATE_IN_FILE(ErrorKind.CONFLICT),
    /** A stage's evidence is given without the stage's date. */
    STAGE_DATE_MISSING(ErrorKind.INVALID_INPUT),
    /** Not an import mode. */
    IMPORT_MODE_UNKNOWN(ErrorKind.INVALID_INPUT),
    /** No import job with that id (or not the caller's). */
    IMPORT_NOT_FOUND(ErrorKind.NOT_FOUND);

    private final ErrorKind kind;

    ImportError(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
