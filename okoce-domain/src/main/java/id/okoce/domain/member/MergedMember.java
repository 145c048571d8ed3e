package id.okoce.domain.member;

import id.okoce.domain.region.KecamatanCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member closed as merged into another, found to be the same person: nothing of the person is held
 * under it any more (the survivor holds the person), only where it pointed. Its id answers with the
 * survivor from then on; its number is never given again.
 *
 * @param id             the merged member's id
 * @param number         its member number
 * @param domicile       its kecamatan of domicile when merged (who may learn where it went)
 * @param survivor       the member it was merged into
 * @param survivorNumber the survivor's number
 * @param mergedOn       the day of the merge
 */
public record MergedMember(MemberId id, MemberNumber number, KecamatanCode domicile, MemberId survivor,
                           MemberNumber survivorNumber, LocalDate mergedOn) {

    /** Checks the parts. */
    public MergedMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(domicile, "domicile");
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(survivorNumber, "survivorNumber");
        Objects.requireNonNull(mergedOn, "mergedOn");
        if (id.equals(survivor)) {
            throw new IllegalArgumentException("a member is not merged into itself");
        }
    }
}
