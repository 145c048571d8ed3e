package id.okoce.application.service;

import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.stage.StageCompletion;
import java.util.ArrayList;
import java.util.List;

/** The fields a stage's completion or withdrawal changes, as the audit trail records them. */
final class StageChanges {

    private StageChanges() {
    }

    /** A stage done: its date, and its evidence's kind (the evidence itself may name people, so its text is left out). */
    static List<FieldChange> completed(StageCompletion completion) {
        return changes(completion, false);
    }

    /** A stage withdrawn: what it held, gone. */
    static List<FieldChange> withdrawn(StageCompletion completion) {
        return changes(completion, true);
    }

    private static List<FieldChange> changes(StageCompletion completion, boolean withdrawn) {
        String stage = "stages." + completion.stage().code();
        List<FieldChange> changes = new ArrayList<>(2);
        changes.add(withdrawn ? FieldChange.of(stage + ".completedOn", completion.completedOn(), null)
                : FieldChange.of(stage + ".completedOn", null, completion.completedOn()));
        String evidence = completion.evidence().kind() + completion.evidence().licenceType().map(LicenceType::label).map(l -> " " + l)
                .orElse("");
        changes.add(withdrawn ? FieldChange.of(stage + ".evidence", evidence, null) : FieldChange.of(stage + ".evidence", null, evidence));
        return changes;
    }
}
