package id.okoce.adapter.http.member;

import id.okoce.domain.business.BusinessSector;
import id.okoce.adapter.http.api.ApiField;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/members}.
 *
 * @param nik          the 16-digit NIK
 * @param fullName     the full name as on the KTP
 * @param phone        a mobile number (08…, 628…, +628…)
 * @param kecamatan    the kecamatan of domicile
 * @param registeredOn the registration day (P1)
 * @param business     the business
 * @param confirmDistinct true to register although the registration was refused as a likely duplicate
 *                     ({@code POSSIBLE_DUPLICATE}): the caller confirms the person is none of the candidates
 */
public record RegisterMemberRequest(
        @ApiField(value = "16-digit NIK", example = "3171014507900001") String nik,
        @ApiField(value = "full name as on the KTP", example = "Siti Rahma") String fullName,
        @ApiField(value = "mobile number: 08…, 628… or +628…", example = "081234567890") String phone,
        @ApiField(value = "Kemendagri kecamatan code of domicile, 31.71.01 or 317101", example = "31.71.01") String kecamatan,
        @ApiField(value = "registration day (P1)", example = "2018-09-10") LocalDate registeredOn,
        @ApiField("the member's business") BusinessRequest business,
        @ApiField(value = "true after a POSSIBLE_DUPLICATE refusal: the person is none of its candidates (recorded in the audit "
                + "trail)", optional = true) Boolean confirmDistinct) {

    /**
     * A member's business.
     *
     * @param name      its name
     * @param sector    its sector
     * @param startedOn when it started
     * @param nib       its 13-digit NIB, if any
     */
    public record BusinessRequest(
            @ApiField(value = "business name", example = "Warung Siti") String name,
            @ApiField(value = "sector", allowedFrom = BusinessSector.class) String sector,
            @ApiField(value = "when the business started", example = "2017-03-01") LocalDate startedOn,
            @ApiField(value = "13-digit NIB from OSS", optional = true, example = "9120001234567") String nib) {
    }
}
