package id.okoce.domain.stage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stage done: which, on which date, and with what evidence.
 *
 * @param stage       the stage
 * @param completedOn the day it was done
 * @param evidence    what proves it
 */
public record StageCompletion(Stage stage, LocalDate completedOn, StageEvidence evidence) {

    /** Checks every part is present. */
    public StageCompletion {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(evidence, "evidence");
    }
}
