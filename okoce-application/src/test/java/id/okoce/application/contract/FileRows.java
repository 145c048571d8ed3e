package id.okoce.application.contract;

import id.okoce.application.port.out.MemberFileRow;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.RowError;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read rows of a member file for tests: valid by default, changed one part at a time. */
public final class FileRows {

    /** The registration day of every row made here. */
    public static final LocalDate REGISTERED = LocalDate.of(2018, 9, 10);

    private FileRows() {
    }

    /** A valid row at {@code line}: a member in {@code kecamatan} with a random NIK and only P1. */
    public static MemberFileRow valid(long line, String kecamatan) {
        return MemberFileRow.read(line, new MemberFileRow.Values(Nik.parse(Niks.random(), REGISTERED), "Siti Rahma",
                PhoneNumber.parse("081234567890"), KecamatanCode.of(kecamatan),
                new Business("Warung Siti", BusinessSector.KULINER, LocalDate.of(2017, 3, 1), Optional.empty()), REGISTERED,
                List.of()));
    }

    private static MemberFileRow.Values values(MemberFileRow row) {
        return row.values().orElseThrow(() -> new IllegalArgumentException("a refused row has no values"));
    }

    /** {@code row} with these stages done after P1. */
    public static MemberFileRow withStages(MemberFileRow row, StageCompletion... stages) {
        MemberFileRow.Values v = values(row);
        return MemberFileRow.read(row.line(), new MemberFileRow.Values(v.nik(), v.fullName(), v.phone(), v.kecamatan(), v.business(),
                v.registeredOn(), List.of(stages)));
    }

    /** {@code row} with P2–P4 done in September–November 2018 (valid where they are delivered). */
    public static MemberFileRow withStagesToP4(MemberFileRow row) {
        return withStages(row, new StageCompletion(Stage.TRAINING, LocalDate.of(2018, 9, 20), new StageEvidence.TrainingCertificate("SERT-1")),
                new StageCompletion(Stage.MENTORING, LocalDate.of(2018, 10, 5), new StageEvidence.None()),
                new StageCompletion(Stage.LICENSING, LocalDate.of(2018, 11, 2), new StageEvidence.BusinessLicence(LicenceType.NIB,
                        "9120001234567")));
    }

    /** {@code row} with another NIK. */
    public static MemberFileRow withNik(MemberFileRow row, String nik) {
        MemberFileRow.Values v = values(row);
        return MemberFileRow.read(row.line(), new MemberFileRow.Values(Nik.parse(nik, v.registeredOn()), v.fullName(), v.phone(),
                v.kecamatan(), v.business(), v.registeredOn(), v.stages()));
    }

    /** {@code row} registered on another day (the NIK is read against it). */
    public static MemberFileRow registeredOn(MemberFileRow row, LocalDate day) {
        MemberFileRow.Values v = values(row);
        return MemberFileRow.read(row.line(), new MemberFileRow.Values(v.nik(), v.fullName(), v.phone(), v.kecamatan(), v.business(),
                day, v.stages()));
    }

    /** {@code row} at another line. */
    public static MemberFileRow atLine(MemberFileRow row, long line) {
        return row.values().isPresent() ? MemberFileRow.read(line, row.values().get())
                : MemberFileRow.refused(line, row.refusals().stream().map(e -> new RowError(line, e.field(), e.code(), e.message())).toList());
    }

    /** {@code row} with another name and phone (same NIK: a different person's data). */
    public static MemberFileRow otherPerson(MemberFileRow row) {
        MemberFileRow.Values v = values(row);
        return MemberFileRow.read(row.line(), new MemberFileRow.Values(v.nik(), "Orang Lain", PhoneNumber.parse("081299999999"),
                v.kecamatan(), v.business(), v.registeredOn(), v.stages()));
    }

    /** A row the reader refused: one cell of {@code field} could not be read. */
    public static MemberFileRow refused(long line, String field, String code) {
        return MemberFileRow.refused(line, List.of(new RowError(line, field, code, field + " cannot be read")));
    }
}
