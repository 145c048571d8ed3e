package id.okoce.application.port.in.financing;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A member as a bank's loan officer sees them: what judging an application needs and nothing else —
 * no name, no phone, no business name, no evidence, and the NIK only masked.
 *
 * @param id           the member's id
 * @param number       the member number
 * @param nik          the NIK, to be shown masked only ({@link Nik#masked()})
 * @param province     the province of domicile
 * @param registeredOn the registration day (P1)
 * @param stages       the stages done, with their days, in order
 * @param licences     the licences held today, with the day each counts from
 * @param financings   the financing of the asking bank's products running today (all of them for the hub)
 */
public record ApplicantView(MemberId id, MemberNumber number, Nik nik, ProvinceCode province, LocalDate registeredOn,
                            List<StageDone> stages, List<LicenceHeld> licences, List<Financing> financings) {

    /** Copies the lists. */
    public ApplicantView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(nik, "nik");
        stages = List.copyOf(stages);
        licences = List.copyOf(licences);
        financings = List.copyOf(financings);
    }

    /**
     * A stage done.
     *
     * @param stage the stage
     * @param on    the day it was done
     */
    public record StageDone(Stage stage, LocalDate on) {
    }

    /**
     * A licence held.
     *
     * @param type  its type
     * @param since the day it counts from
     */
    public record LicenceHeld(LicenceType type, LocalDate since) {
    }
}
