package id.okoce.adapter.csv;

import java.util.List;

/** The columns of the member CSV format, in order; the header row must name exactly these. */
public final class MemberCsv {

    /** The header. */
    public static final List<String> COLUMNS = List.of("nik", "full_name", "phone", "kecamatan", "business_name", "sector",
            "business_started_on", "nib", "registered_on", "p2_on", "p2_certificate", "p3_on", "p4_on", "p4_licence_type",
            "p4_licence_number", "p5_on", "p6_on", "p7_on", "p7_reference");

    /** The columns of the error report. */
    public static final List<String> ERROR_COLUMNS = List.of("line", "field", "code", "message");

    private MemberCsv() {
    }
}
