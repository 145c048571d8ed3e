package id.okoce.application.service;

import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.business.Nib;
import id.okoce.domain.member.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields that differ between two versions of a member, as the audit trail records a correction. */
final class MemberDiff {

    private MemberDiff() {
    }

    /** Each field of the correctable record that differs, in the API's words, with its values before and after. */
    static List<FieldChange> between(Member before, Member after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "fullName", before.fullName(), after.fullName());
        add(changes, "phone", before.phone().e164(), after.phone().e164());
        add(changes, "province", before.province(), after.province());
        add(changes, "kecamatan", before.domicile(), after.domicile());
        add(changes, "business.name", before.business().name(), after.business().name());
        add(changes, "business.sector", before.business().sector(), after.business().sector());
        add(changes, "business.startedOn", before.business().startedOn(), after.business().startedOn());
        add(changes, "business.nib", before.business().nib().map(Nib::value).orElse(null), after.business().nib().map(Nib::value).orElse(null));
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(FieldChange.of(field, before, after));
        }
    }
}
