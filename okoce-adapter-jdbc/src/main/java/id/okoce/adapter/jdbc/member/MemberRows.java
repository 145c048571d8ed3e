package id.okoce.adapter.jdbc.member;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
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

/** How a member maps to a row of {@code members} and back. */
public final class MemberRows {

    /** Every column of {@code members} that a save writes, in table order. */
    public static final List<String> COLUMNS = List.of("id", "province", "sequence", "nik", "full_name", "phone", "kecamatan",
            "business_name", "business_sector", "business_started_on", "nib", "registered_on", "registered_by",
            "highest_stage", "p1_on", "p2_on", "p2_certificate", "p3_on", "p3_note", "p4_on", "p4_licence_type",
            "p4_licence_number", "p5_on", "p5_note", "p6_on", "p6_note", "p7_on", "p7_reference");

    private MemberRows() {
    }

    /** The column values of a member (without its version), keyed by column name. */
    public static Map<String, Object> values(Member member) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", member.id().value());
        v.put("province", member.province().value());
        v.put("sequence", member.number().sequence());
        v.put("nik", member.nik().value());
        v.put("full_name", member.fullName());
        v.put("phone", member.phone().e164());
        v.put("kecamatan", member.domicile().digits());
        v.put("business_name", member.business().name());
        v.put("business_sector", member.business().sector().name());
        v.put("business_started_on", member.business().startedOn());
        v.put("nib", member.business().nib().map(Nib::value).orElse(null));
        v.put("registered_on", member.registeredOn());
        v.put("registered_by", member.registeredBy().map(PartnerId::value).orElse(null));
        v.put("highest_stage", (short) member.stages().highest().number());
        for (Stage stage : Stage.values()) {
            Optional<StageCompletion> done = member.stages().completion(stage);
            v.put("p" + stage.number() + "_on", done.map(StageCompletion::completedOn).orElse(null));
            StageEvidence evidence = done.map(StageCompletion::evidence).orElse(new StageEvidence.None());
            switch (stage) {
                case REGISTRATION -> { }
                case TRAINING -> v.put("p2_certificate", evidence instanceof StageEvidence.TrainingCertificate c ? c.certificateNumber() : null);
                case LICENSING -> {
                    v.put("p4_licence_type", evidence instanceof StageEvidence.BusinessLicence l ? l.type().name() : null);
                    v.put("p4_licence_number", evidence instanceof StageEvidence.BusinessLicence l ? l.number() : null);
                }
                case CAPITAL -> v.put("p7_reference", evidence instanceof StageEvidence.FinancingReference r ? r.reference() : null);
                default -> v.put("p" + stage.number() + "_note", evidence instanceof StageEvidence.Note n ? n.text() : null);
            }
        }
        return v;
    }

    /** Rebuilds a member from a row (all columns selected). */
    public static Member map(ResultSet rs, StatementContext ctx) throws SQLException {
        LocalDate registeredOn = Columns.date(rs, "registered_on");
        List<StageCompletion> completions = new ArrayList<>(7);
        for (Stage stage : Stage.values()) {
            LocalDate on = Columns.date(rs, "p" + stage.number() + "_on");
            if (on != null) {
                completions.add(new StageCompletion(stage, on, evidence(rs, stage)));
            }
        }
        String nib = rs.getString("nib");
        UUID registeredBy = Columns.uuid(rs, "registered_by");
        return Member.restore(new MemberId(Columns.uuid(rs, "id")),
                new MemberNumber(ProvinceCode.of(rs.getString("province")), rs.getLong("sequence")),
                Nik.parse(rs.getString("nik"), registeredOn), rs.getString("full_name"),
                new PhoneNumber(rs.getString("phone")), KecamatanCode.of(rs.getString("kecamatan")),
                new Business(rs.getString("business_name"), BusinessSector.valueOf(rs.getString("business_sector")),
                        Columns.date(rs, "business_started_on"), Optional.ofNullable(nib).map(Nib::new)),
                registeredOn, Optional.ofNullable(registeredBy).map(PartnerId::new), StageRecord.restore(completions),
                rs.getLong("version"));
    }

    private static StageEvidence evidence(ResultSet rs, Stage stage) throws SQLException {
        return switch (stage) {
            case REGISTRATION -> new StageEvidence.None();
            case TRAINING -> new StageEvidence.TrainingCertificate(rs.getString("p2_certificate"));
            case LICENSING -> new StageEvidence.BusinessLicence(LicenceType.valueOf(rs.getString("p4_licence_type")),
                    rs.getString("p4_licence_number"));
            case CAPITAL -> new StageEvidence.FinancingReference(rs.getString("p7_reference"));
            default -> {
                String note = rs.getString("p" + stage.number() + "_note");
                yield note == null ? new StageEvidence.None() : new StageEvidence.Note(note);
            }
        };
    }
}
