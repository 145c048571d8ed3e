package id.okoce.application.service;

import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.domain.access.Actor;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.member.Registration;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageRecord;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Judges one read row by the same domain rules as a single registration and its stage
 * completions: the registration's rules, the caller's province, and each stage in turn under the
 * 7PAS order, dates and availability. Refusals name the domain field they concern
 * ({@code kecamatan}, {@code registeredOn}, {@code stages.P4}); the file's reader already refused
 * the cells it could not read.
 */
final class RowValidator {

    private final Actor actor;
    private final LocalDate today;
    private final StageRules rules;

    RowValidator(Actor actor, LocalDate today, StageRules rules) {
        this.actor = actor;
        this.today = today;
        this.rules = rules;
    }

    /** The row as a member to store, or empty after adding its refusals to {@code errors}. */
    Optional<ImportedMember> validate(MemberFileRow row, List<RowError> errors) {
        if (row.values().isEmpty()) {
            errors.addAll(row.refusals());
            return Optional.empty();
        }
        MemberFileRow.Values v = row.values().get();
        try {
            actor.requirePlace(v.kecamatan(), "kecamatan", "import members");
            Registration registration = new Registration(v.nik(), v.fullName(), v.phone(), v.kecamatan(), v.business(),
                    v.registeredOn(), actor.partner()).check(today);
            StageRecord record = StageRecord.registeredOn(registration.registeredOn());
            for (StageCompletion completion : v.stages()) {
                try {
                    record = record.complete(completion, registration.domicile(), today, rules);
                } catch (DomainException refusal) {
                    errors.add(new RowError(row.line(), "stages." + completion.stage().code(), refusal.code().name(), refusal.getMessage()));
                    return Optional.empty();
                }
            }
            return Optional.of(new ImportedMember(row.line(), registration, record));
        } catch (DomainException refusal) {
            errors.add(new RowError(row.line(), refusal.field().orElse(""), refusal.code().name(), refusal.getMessage()));
            return Optional.empty();
        } catch (RuntimeException unexpected) {
            errors.add(new RowError(row.line(), "", ImportError.IMPORT_ROW_MALFORMED.name(),
                    "the row cannot be judged (" + unexpected.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
    }
}
