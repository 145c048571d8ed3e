package id.okoce.application.contract;

import id.okoce.application.port.out.RawMemberRow;
import id.okoce.domain.testdata.Niks;
import java.util.Optional;

/** Raw import rows for tests: valid by default, changed one column at a time. */
public final class RawRows {

    private RawRows() {
    }

    /** A valid row at {@code line}: a member in {@code kecamatan} with a random NIK and only P1. */
    public static RawMemberRow valid(long line, String kecamatan) {
        return new RawMemberRow(line, Optional.empty(), Niks.random(), "Siti Rahma", "081234567890", kecamatan, "Warung Siti",
                "KULINER", "2017-03-01", null, "2018-09-10", null, null, null, null, null, null, null, null, null, null);
    }

    /** {@code row} with the stages P2–P4 done in September–November 2018 (valid where they are delivered). */
    public static RawMemberRow withStagesToP4(RawMemberRow row) {
        return new RawMemberRow(row.line(), row.malformed(), row.nik(), row.fullName(), row.phone(), row.kecamatan(),
                row.businessName(), row.sector(), row.businessStartedOn(), row.nib(), row.registeredOn(), "2018-09-20", "SERT-1",
                "2018-10-05", "2018-11-02", "NIB", "9120001234567", null, null, null, null);
    }

    /** {@code row} with another NIK. */
    public static RawMemberRow withNik(RawMemberRow row, String nik) {
        return new RawMemberRow(row.line(), row.malformed(), nik, row.fullName(), row.phone(), row.kecamatan(), row.businessName(),
                row.sector(), row.businessStartedOn(), row.nib(), row.registeredOn(), row.p2On(), row.p2Certificate(), row.p3On(),
                row.p4On(), row.p4LicenceType(), row.p4LicenceNumber(), row.p5On(), row.p6On(), row.p7On(), row.p7Reference());
    }

    /** {@code row} at another line. */
    public static RawMemberRow atLine(RawMemberRow row, long line) {
        return new RawMemberRow(line, row.malformed(), row.nik(), row.fullName(), row.phone(), row.kecamatan(), row.businessName(),
                row.sector(), row.businessStartedOn(), row.nib(), row.registeredOn(), row.p2On(), row.p2Certificate(), row.p3On(),
                row.p4On(), row.p4LicenceType(), row.p4LicenceNumber(), row.p5On(), row.p6On(), row.p7On(), row.p7Reference());
    }

    /** {@code row} with another phone and name (same NIK: a different person's data). */
    public static RawMemberRow otherPerson(RawMemberRow row) {
        return new RawMemberRow(row.line(), row.malformed(), row.nik(), "Orang Lain", "081299999999", row.kecamatan(), row.businessName(),
                row.sector(), row.businessStartedOn(), row.nib(), row.registeredOn(), row.p2On(), row.p2Certificate(), row.p3On(),
                row.p4On(), row.p4LicenceType(), row.p4LicenceNumber(), row.p5On(), row.p6On(), row.p7On(), row.p7Reference());
    }
}
