package id.okoce.adapter.csv;

import id.okoce.domain.stage.Stage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The member CSV format, once: its columns in file order, each with its header name, whether it
 * must be filled, and the domain field it holds ({@code business.startedOn}, {@code stages.P2}).
 * The reader, the synthetic-data generator and the error report all take the format from here.
 */
public enum MemberColumn {
    /** The NIK. */
    NIK("nik", "nik", true),
    /** The full name. */
    FULL_NAME("full_name", "fullName", true),
    /** The mobile number. */
    PHONE("phone", "phone", true),
    /** The kecamatan of domicile. */
    KECAMATAN("kecamatan", "kecamatan", true),
    /** The business's name. */
    BUSINESS_NAME("business_name", "business.name", true),
    /** The business's sector. */
    SECTOR("sector", "business.sector", true),
    /** When the business started. */
    BUSINESS_STARTED_ON("business_started_on", "business.startedOn", true),
    /** The business's NIB. */
    NIB("nib", "business.nib", false),
    /** The registration day (P1). */
    REGISTERED_ON("registered_on", "registeredOn", true),
    /** P2's date. */
    P2_ON("p2_on", "stages.P2", false),
    /** P2's training certificate. */
    P2_CERTIFICATE("p2_certificate", "stages.P2.evidence", false),
    /** P3's date. */
    P3_ON("p3_on", "stages.P3", false),
    /** P4's date. */
    P4_ON("p4_on", "stages.P4", false),
    /** P4's licence type. */
    P4_LICENCE_TYPE("p4_licence_type", "stages.P4.evidence.licenceType", false),
    /** P4's licence number. */
    P4_LICENCE_NUMBER("p4_licence_number", "stages.P4.evidence", false),
    /** P5's date. */
    P5_ON("p5_on", "stages.P5", false),
    /** P6's date. */
    P6_ON("p6_on", "stages.P6", false),
    /** P7's date. */
    P7_ON("p7_on", "stages.P7", false),
    /** P7's financing reference. */
    P7_REFERENCE("p7_reference", "stages.P7.evidence", false);

    /** The header row, in order. */
    public static final List<String> HEADER = Arrays.stream(values()).map(MemberColumn::header).toList();

    private final String header;
    private final String field;
    private final boolean required;

    MemberColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    /** Its name in the header row. */
    public String header() {
        return header;
    }

    /** The domain field it holds. */
    public String field() {
        return field;
    }

    /** Whether every row must fill it. */
    public boolean required() {
        return required;
    }

    /** Its position in a row, from 0. */
    public int index() {
        return ordinal();
    }

    /** The column of a stage's date ({@code P2_ON} for P2); empty for P1, which is the registration day. */
    public static Optional<MemberColumn> dateOf(Stage stage) {
        return Indexes.DATES.get(stage);
    }

    /** The column holding a stage's evidence text, if the stage takes any. */
    public static Optional<MemberColumn> evidenceOf(Stage stage) {
        return Indexes.EVIDENCE.get(stage);
    }

    /** The stage columns, looked up once (a reader asks for them for every stage of every row). */
    private static final class Indexes {
        static final Map<Stage, Optional<MemberColumn>> DATES = byStage("");
        static final Map<Stage, Optional<MemberColumn>> EVIDENCE = byStage(".evidence");

        private static Map<Stage, Optional<MemberColumn>> byStage(String suffix) {
            Map<Stage, Optional<MemberColumn>> map = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                map.put(stage, Arrays.stream(values()).filter(c -> c.field.equals("stages." + stage.code() + suffix)).findFirst());
            }
            return map;
        }
    }

    /**
     * The header name of the column holding a domain field, for an error report: the column of the
     * field or of the nearest field it lies in ({@code stages.P4.evidence.licenceNumber} →
     * {@code p4_licence_number}); the field itself when no column holds it.
     */
    public static String headerOf(String field) {
        for (String f = field; !f.isEmpty(); f = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : "") {
            for (MemberColumn column : values()) {
                if (column.field.equals(f)) {
                    return column.header;
                }
            }
        }
        return field;
    }
}
