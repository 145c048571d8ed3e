package id.okoce.domain.member;

import id.okoce.domain.identity.Sex;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is left of a member whose identity and contact data were erased (UU PDP): nothing that
 * names the person — no NIK, name, phone, business name, NIB or stage evidence — only what keeps
 * the reports and the target true: where, the sex and birth year, when each stage was done.
 *
 * @param id           the member's id, which answers "gone" from then on
 * @param number       the member number, never given again
 * @param domicile     the kecamatan of domicile at erasure
 * @param sex          the sex the NIK encoded
 * @param birthYear    the birth year the NIK encoded
 * @param registeredOn the registration day
 * @param registeredBy the partner that registered the member, if not the hub
 * @param stagesDone   the day each stage was done
 * @param erasedOn     the day of the erasure
 */
public record ErasedMember(MemberId id, MemberNumber number, KecamatanCode domicile, Sex sex, int birthYear, LocalDate registeredOn,
                           Optional<PartnerId> registeredBy, Map<Stage, LocalDate> stagesDone, LocalDate erasedOn) {

    /** Checks the parts; P1 is always among the stages done. */
    public ErasedMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(domicile, "domicile");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(erasedOn, "erasedOn");
        EnumMap<Stage, LocalDate> copy = new EnumMap<>(Stage.class);
        copy.putAll(stagesDone);
        if (!copy.containsKey(Stage.REGISTRATION)) {
            throw new IllegalArgumentException("an erased member keeps its registration (P1)");
        }
        stagesDone = Collections.unmodifiableMap(copy);
    }

    /** The province of domicile at erasure. */
    public ProvinceCode province() {
        return domicile.province();
    }

    /** Names the member by number only. */
    @Override
    public String toString() {
        return "ErasedMember[" + id + ", " + number + ", " + domicile + ", erased " + erasedOn + "]";
    }
}
