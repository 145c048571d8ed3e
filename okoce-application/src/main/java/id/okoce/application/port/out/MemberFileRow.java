package id.okoce.application.port.out;

import id.okoce.domain.business.Business;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.stage.StageCompletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of a member file as its reader parsed it: the line, and either the row's values —
 * already domain values, every cell checked for its own shape — or the refusals of every cell
 * that could not be read. A refusal names its field in the domain's words ({@code nik},
 * {@code business.startedOn}, {@code stages.P2}, {@code stages.P2.evidence}); the reader's own
 * format decides how to show it. What the values have to satisfy together (the registration's
 * rules, the caller's province, the 7PAS order and availability) is the import's to judge.
 *
 * @param line     the row's line in the file (the header is line 1)
 * @param values   the parsed values, when every cell could be read
 * @param refusals why cells could not be read (empty when {@code values} is present)
 */
public record MemberFileRow(long line, Optional<Values> values, List<RowError> refusals) {

    /** Checks that a row is either read or refused. */
    public MemberFileRow {
        Objects.requireNonNull(values, "values");
        refusals = List.copyOf(refusals);
        if (values.isPresent() == !refusals.isEmpty()) {
            throw new IllegalArgumentException("a row has values or refusals, never both nor neither");
        }
    }

    /** A row whose every cell was read. */
    public static MemberFileRow read(long line, Values values) {
        return new MemberFileRow(line, Optional.of(values), List.of());
    }

    /** A row with cells that could not be read. */
    public static MemberFileRow refused(long line, List<RowError> refusals) {
        return new MemberFileRow(line, Optional.empty(), refusals);
    }

    /**
     * The values of a row.
     *
     * @param nik          the NIK (parsed against the registration date)
     * @param fullName     the full name, as written
     * @param phone        the mobile number
     * @param kecamatan    the kecamatan of domicile
     * @param business     the business
     * @param registeredOn the registration day
     * @param stages       the stages already done after P1, in file order, each with its date and evidence
     */
    public record Values(Nik nik, String fullName, PhoneNumber phone, KecamatanCode kecamatan, Business business,
                         LocalDate registeredOn, List<StageCompletion> stages) {

        /** Checks the parts. */
        public Values {
            Objects.requireNonNull(nik, "nik");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(kecamatan, "kecamatan");
            Objects.requireNonNull(business, "business");
            Objects.requireNonNull(registeredOn, "registeredOn");
            stages = List.copyOf(stages);
        }
    }
}
