package id.okoce.application.service;

import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.RawMemberRow;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.member.Registration;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRecord;
import id.okoce.domain.stage.StageRules;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Judges one imported row by the same domain rules as a single registration and stage
 * completion, collecting every refusal with its column.
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
    Optional<ImportedMember> validate(RawMemberRow row, List<RowError> errors) {
        try {
            return judge(row, errors);
        } catch (RuntimeException unexpected) {
            errors.add(new RowError(row.line(), "", ImportError.IMPORT_ROW_MALFORMED.name(),
                    "the row cannot be read (" + unexpected.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
    }

    private Optional<ImportedMember> judge(RawMemberRow row, List<RowError> errors) {
        if (row.malformed().isPresent()) {
            errors.add(new RowError(row.line(), "", ImportError.IMPORT_ROW_MALFORMED.name(), row.malformed().get()));
            return Optional.empty();
        }
        Check c = new Check(row.line(), errors);
        LocalDate registeredOn = c.date("registered_on", row.registeredOn());
        Nik nik = registeredOn == null ? null : c.get("nik", () -> Nik.parse(row.nik(), registeredOn));
        PhoneNumber phone = c.get("phone", () -> PhoneNumber.parse(row.phone()));
        KecamatanCode kecamatan = c.get("kecamatan", () -> KecamatanCode.of(row.kecamatan()));
        if (kecamatan != null) {
            c.get("kecamatan", () -> {
                actor.requireProvince(kecamatan.province(), "kecamatan", "import members");
                return Boolean.TRUE;
            });
        }
        BusinessSector sector = c.get("sector", () -> BusinessSector.parse(row.sector()));
        LocalDate startedOn = c.date("business_started_on", row.businessStartedOn());
        Optional<Nib> nib = c.get("nib", () -> Optional.ofNullable(row.nib()).map(Nib::parse));
        Business business = sector == null || startedOn == null || nib == null ? null
                : c.get("business_name", () -> new Business(row.businessName(), sector, startedOn, nib));
        if (c.failed() || nik == null || phone == null || kecamatan == null || business == null) {
            return Optional.empty();
        }
        Registration registration = c.get("", () -> new Registration(nik, row.fullName(), phone, kecamatan, business,
                registeredOn, actor.partner()).check(today));
        if (registration == null) {
            return Optional.empty();
        }
        StageRecord stages = stages(row, registration, c);
        return stages == null ? Optional.empty() : Optional.of(new ImportedMember(row.line(), registration, stages));
    }

    private StageRecord stages(RawMemberRow row, Registration registration, Check c) {
        StageRecord record = StageRecord.registeredOn(registration.registeredOn());
        String[][] columns = {
            {row.p2On(), row.p2Certificate()}, {row.p3On(), null}, {row.p4On(), row.p4LicenceType(), row.p4LicenceNumber()},
            {row.p5On(), null}, {row.p6On(), null}, {row.p7On(), row.p7Reference()}};
        for (int i = 0; i < columns.length; i++) {
            Stage stage = Stage.number(i + 2);
            String[] cells = columns[i];
            String dateColumn = "p" + stage.number() + "_on";
            if (cells[0] == null) {
                for (int j = 1; j < cells.length; j++) {
                    if (cells[j] != null) {
                        c.error(dateColumn, ImportError.STAGE_DATE_MISSING.name(), stage.code() + " evidence is given without its date");
                        return null;
                    }
                }
                continue;
            }
            LocalDate on = c.date(dateColumn, cells[0]);
            StageEvidence evidence = on == null ? null : c.get(evidenceColumn(stage), () -> evidence(stage, cells));
            if (evidence == null) {
                return null;
            }
            StageRecord current = record;
            record = c.get(dateColumn, () -> current.complete(new StageCompletion(stage, on, evidence),
                    registration.domicile().province(), today, rules));
            if (record == null) {
                return null;
            }
        }
        return record;
    }

    /** The column of a stage's evidence in the file: named after the stage and what it needs. */
    private static String evidenceColumn(Stage stage) {
        String prefix = "p" + stage.number();
        return switch (stage.evidenceNeed()) {
            case TRAINING_CERTIFICATE -> prefix + "_certificate";
            case BUSINESS_LICENCE -> prefix + "_licence_number";
            case FINANCING_REFERENCE -> prefix + "_reference";
            case NONE -> prefix + "_on";
        };
    }

    /** The evidence the stage needs, from the cells after its date. */
    private static StageEvidence evidence(Stage stage, String[] cells) {
        return switch (stage.evidenceNeed()) {
            case TRAINING_CERTIFICATE -> new StageEvidence.TrainingCertificate(cells[1]);
            case BUSINESS_LICENCE -> new StageEvidence.BusinessLicence(cells[1] == null ? null : LicenceType.parse(cells[1]), cells[2]);
            case FINANCING_REFERENCE -> new StageEvidence.FinancingReference(cells[1]);
            case NONE -> new StageEvidence.None();
        };
    }

    /** Collects the refusals of one row. */
    private static final class Check {
        private final long line;
        private final List<RowError> errors;
        private boolean failed;

        Check(long line, List<RowError> errors) {
            this.line = line;
            this.errors = errors;
        }

        <T> T get(String column, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (DomainException refusal) {
                String field = column.isEmpty() ? refusal.field().map(RowValidator::column).orElse("") : column;
                error(field, refusal.code().name(), refusal.getMessage());
                return null;
            }
        }

        LocalDate date(String column, String text) {
            if (text == null) {
                error(column, "FIELD_REQUIRED", column + " is required");
                return null;
            }
            try {
                return isoDate(text);
            } catch (DateTimeException | NumberFormatException e) {
                error(column, "DATE_MALFORMED", column + " must be a date like 2018-09-10");
                return null;
            }
        }

        void error(String column, String code, String message) {
            failed = true;
            errors.add(new RowError(line, column, code, message));
        }

        boolean failed() {
            return failed;
        }
    }

    /**
     * A {@code yyyy-MM-dd} date, read by hand: millions of rows make {@link LocalDate#parse} (a
     * general formatter) a noticeable cost.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new NumberFormatException("not yyyy-MM-dd");
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The CSV column for a domain field name, e.g. {@code business.startedOn} → {@code business_started_on}. */
    static String column(String field) {
        return switch (field) {
            case "fullName" -> "full_name";
            case "registeredOn" -> "registered_on";
            case "business.startedOn" -> "business_started_on";
            case "business.name" -> "business_name";
            default -> field;
        };
    }
}
