package id.okoce.domain.region;

import id.okoce.domain.shared.ErrorCode;
import id.okoce.domain.shared.ErrorKind;

/** Why a region code was refused. */
public enum RegionError implements ErrorCode {
    /** Not a code of the expected shape ({@code 31}, {@code 31.71} / {@code 3171}, {@code 31.71.01} / {@code 317101}). */
    REGION_MALFORMED,
    /** Well-formed, but no such region in the Kemendagri reference list. */
    REGION_UNKNOWN;

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
