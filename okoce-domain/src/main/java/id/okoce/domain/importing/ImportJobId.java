package id.okoce.domain.importing;

import java.util.Objects;
import java.util.UUID;

/** An import job's identity. */
public record ImportJobId(UUID value) {

    /** Checks the value is present. */
    public ImportJobId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static ImportJobId random() {
        return new ImportJobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
