package id.okoce.application.port.out;

import java.util.Optional;

/**
 * One data row of a member file, as text; an empty cell is {@code null}. The columns are those of
 * the documented CSV format.
 *
 * @param line              the line in the file (the header is line 1)
 * @param malformed         why the row could not be split into columns, if it could not
 * @param nik               NIK
 * @param fullName          full name
 * @param phone             mobile number
 * @param kecamatan         kecamatan code
 * @param businessName      business name
 * @param sector            business sector
 * @param businessStartedOn business start date
 * @param nib               NIB
 * @param registeredOn      registration date
 * @param p2On              P2 date
 * @param p2Certificate     P2 certificate number
 * @param p3On              P3 date
 * @param p4On              P4 date
 * @param p4LicenceType     P4 licence type
 * @param p4LicenceNumber   P4 licence number
 * @param p5On              P5 date
 * @param p6On              P6 date
 * @param p7On              P7 date
 * @param p7Reference       P7 financing reference
 */
public record RawMemberRow(long line, Optional<String> malformed, String nik, String fullName, String phone, String kecamatan,
                           String businessName, String sector, String businessStartedOn, String nib, String registeredOn,
                           String p2On, String p2Certificate, String p3On, String p4On, String p4LicenceType,
                           String p4LicenceNumber, String p5On, String p6On, String p7On, String p7Reference) {

    /** A row that could not be split into columns. */
    public static RawMemberRow malformed(long line, String why) {
        return new RawMemberRow(line, Optional.of(why), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
