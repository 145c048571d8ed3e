package id.okoce.application.port.out;

import id.okoce.domain.member.Registration;
import id.okoce.domain.stage.StageRecord;
import java.util.Objects;

/**
 * A row that passed every rule, ready to be stored as a new member.
 *
 * @param line         its line in the file
 * @param registration the checked registration
 * @param stages       its stage record (P1 and any stages already done)
 */
public record ImportedMember(long line, Registration registration, StageRecord stages) {

    /** Checks the parts. */
    public ImportedMember {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(stages, "stages");
    }
}
