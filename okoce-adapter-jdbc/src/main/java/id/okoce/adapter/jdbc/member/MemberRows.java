package id.okoce.adapter.jdbc.member;

import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.PersonNames;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.Registration;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The one mapping between a member and a row of {@code members}: the column list, the values a
 * member gives each column, the text form of a row for {@code COPY}, and the way back. A single
 * save binds {@link #values}; a bulk import streams {@link #copy} lines of the same values. The
 * NIK is never a column: the row holds its keyed hash and its sealed form ({@link NikVault}).
 */
public final class MemberRows {

    /** Drops name key {@code :key} from the index of names when no member holds it any more (after an erasure or a merge). */
    public static final String FORGET_NAME_KEY = "DELETE FROM member_name_keys WHERE key = :key "
            + "AND NOT EXISTS (SELECT 1 FROM members WHERE name_key = :key)";

    /** Where each stage keeps its date and the text of its evidence (P4 keeps its licence type too). */
    private record StageColumns(String date, String text) {
    }

    private static final Map<Stage, StageColumns> STAGE_COLUMNS = Map.of(
            Stage.REGISTRATION, new StageColumns("p1_on", null),
            Stage.TRAINING, new StageColumns("p2_on", "p2_certificate"),
            Stage.MENTORING, new StageColumns("p3_on", "p3_note"),
            Stage.LICENSING, new StageColumns("p4_on", "p4_licence_number"),
            Stage.MARKETING, new StageColumns("p5_on", "p5_note"),
            Stage.FINANCIAL_REPORTING, new StageColumns("p6_on", "p6_note"),
            Stage.CAPITAL, new StageColumns("p7_on", "p7_reference"));
    private static final String LICENCE_TYPE = "p4_licence_type";

    /**
     * Every column of {@code members} that a save writes: the id and the member number (province of
     * registration, sequence) first, then the rest.
     */
    public static final List<String> COLUMNS = List.of("id", "sequence", "number_province", "province", "nik_hash", "nik_sealed",
            "sex", "birth_year", "birth_key", "full_name", "name_key", "phone", "kecamatan",
            "business_name", "business_sector", "business_started_on", "nib", "registered_on", "registered_by",
            "highest_stage", "p1_on", "p2_on", "p2_certificate", "p3_on", "p3_note", "p4_on", "p4_licence_type",
            "p4_licence_number", "p5_on", "p5_note", "p6_on", "p6_note", "p7_on", "p7_reference");

    /**
     * The columns a bulk import's staging table holds: every column but the id and the member
     * number, which are drawn on insert (an imported member is numbered in its province of domicile).
     */
    public static final List<String> STAGED_COLUMNS = COLUMNS.subList(3, COLUMNS.size());

    /** The columns a member row is read with: every column but the import's, erased rows excluded by the query. */
    public static final String SELECT = "SELECT id, sequence, number_province, province, nik_sealed, full_name, phone, kecamatan, "
            + "business_name, business_sector, business_started_on, nib, registered_on, registered_by, p1_on, p2_on, p2_certificate, "
            + "p3_on, p3_note, p4_on, p4_licence_type, p4_licence_number, p5_on, p5_note, p6_on, p6_note, p7_on, p7_reference, "
            + "version FROM members";

    private final NikVault vault;

    /** The mapping, sealing and opening NIKs with {@code vault}. */
    public MemberRows(NikVault vault) {
        this.vault = vault;
    }

    /** The vault it seals with. */
    public NikVault vault() {
        return vault;
    }

    /** The column values of a member (without its version), keyed by column name, for binding. */
    public Map<String, Object> values(Member member) {
        Registration registration = new Registration(member.nik(), member.fullName(), member.phone(), member.domicile(),
                member.business(), member.registeredOn(), member.registeredBy());
        Object[] row = row(member.id(), member.number(), registration, member.stages());
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            values.put(COLUMNS.get(i), row[i]);
        }
        return values;
    }

    /** The column values of a member made of its parts, in {@link #COLUMNS} order (the id and number may be placeholders for staging). */
    public Object[] row(MemberId id, MemberNumber number, Registration r, StageRecord stages) {
        Object[] v = new Object[COLUMNS.size()];
        int i = 0;
        v[i++] = id.value();
        v[i++] = number.sequence();
        v[i++] = number.province().value();
        v[i++] = r.domicile().province().value();
        v[i++] = vault.hash(r.nik());
        v[i++] = vault.seal(r.nik());
        v[i++] = r.nik().sex() == Sex.FEMALE ? "F" : "M";
        v[i++] = (short) r.nik().birthDate().getYear();
        v[i++] = vault.birthKey(r.nik());
        v[i++] = r.fullName();
        v[i++] = PersonNames.searchKey(r.fullName());
        v[i++] = r.phone().e164();
        v[i++] = r.domicile().digits();
        v[i++] = r.business().name();
        v[i++] = r.business().sector().name();
        v[i++] = r.business().startedOn();
        v[i++] = r.business().nib().map(Nib::value).orElse(null);
        v[i++] = r.registeredOn();
        v[i++] = r.registeredBy().map(PartnerId::value).orElse(null);
        v[i++] = (short) stages.highest().number();
        for (Stage stage : Stage.values()) {
            Optional<StageCompletion> done = stages.completion(stage);
            v[i++] = done.map(StageCompletion::completedOn).orElse(null);
            Optional<StageEvidence> evidence = done.map(StageCompletion::evidence);
            if (stage == Stage.LICENSING) {
                v[i++] = evidence.flatMap(StageEvidence::licenceType).map(Enum::name).orElse(null);
            }
            if (STAGE_COLUMNS.get(stage).text() != null) {
                v[i++] = evidence.flatMap(StageEvidence::content).orElse(null);
            }
        }
        return v;
    }

    /**
     * Appends the {@code COPY … (FORMAT csv)} line of {@code row} from column {@code from} on (0: all
     * of {@link #COLUMNS}; 3: {@link #STAGED_COLUMNS}), followed by {@code extra} values (e.g. the
     * import job and line); null is an empty field.
     */
    public static void copy(StringBuilder out, Object[] row, int from, Object... extra) {
        boolean first = true;
        for (int i = from; i < row.length; i++) {
            first = field(out, row[i], first);
        }
        for (Object value : extra) {
            first = field(out, value, first);
        }
        out.append('\n');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static boolean field(StringBuilder out, Object value, boolean first) {
        if (!first) {
            out.append(',');
        }
        if (value instanceof String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
        } else if (value instanceof byte[] bytes) {
            out.append("\\x");
            for (byte b : bytes) {
                out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        } else if (value != null) {
            out.append(value);
        }
        return false;
    }

    /** Rebuilds a member from a row of {@link #SELECT} (not erased). */
    public Member map(ResultSet rs, StatementContext ctx) throws SQLException {
        LocalDate registeredOn = Columns.date(rs, "registered_on");
        List<StageCompletion> completions = new ArrayList<>(7);
        for (Stage stage : Stage.values()) {
            StageColumns columns = STAGE_COLUMNS.get(stage);
            LocalDate on = Columns.date(rs, columns.date());
            if (on != null) {
                String text = columns.text() == null ? null : rs.getString(columns.text());
                String type = stage == Stage.LICENSING ? rs.getString(LICENCE_TYPE) : null;
                completions.add(new StageCompletion(stage, on,
                        StageEvidence.of(stage.evidenceNeed(), text, type == null ? null : LicenceType.valueOf(type))));
            }
        }
        String nib = rs.getString("nib");
        UUID registeredBy = Columns.uuid(rs, "registered_by");
        return Member.restore(new MemberId(Columns.uuid(rs, "id")),
                new MemberNumber(ProvinceCode.of(rs.getString("number_province")), rs.getLong("sequence")),
                Nik.parse(vault.open(rs.getBytes("nik_sealed")), registeredOn), rs.getString("full_name"),
                new PhoneNumber(rs.getString("phone")), KecamatanCode.of(rs.getString("kecamatan")),
                new Business(rs.getString("business_name"), BusinessSector.valueOf(rs.getString("business_sector")),
                        Columns.date(rs, "business_started_on"), Optional.ofNullable(nib).map(Nib::new)),
                registeredOn, Optional.ofNullable(registeredBy).map(PartnerId::new), StageRecord.restore(completions),
                rs.getLong("version"));
    }
}
