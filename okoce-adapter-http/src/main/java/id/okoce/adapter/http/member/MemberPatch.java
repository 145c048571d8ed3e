package id.okoce.adapter.http.member;

import com.fasterxml.jackson.databind.JsonNode;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.Fields;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Json;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.Nib;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.member.Correction;
import id.okoce.domain.region.KecamatanCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A correction as a JSON merge patch (RFC 7396): the fields present change, those left out stay;
 * {@code null} removes the NIB and is refused for anything else (a member always has a name, a
 * phone, a kecamatan and a business). The NIK, the registration and the stages are not corrected
 * this way: they are refused with {@code FIELD_NOT_CORRECTABLE}.
 *
 * @param fullName  the corrected name
 * @param phone     a new mobile number, in any accepted form
 * @param kecamatan a new kecamatan of domicile (in another province: a transfer)
 * @param business  corrections of the business
 */
public record MemberPatch(
        @ApiField(value = "corrected full name", optional = true, example = "Siti Rahmah") String fullName,
        @ApiField(value = "new mobile number: 08…, 628… or +628…", optional = true, example = "081299998888") String phone,
        @ApiField(value = "new kecamatan of domicile; in another province the member is transferred there", optional = true,
                example = "32.73.01") String kecamatan,
        @ApiField(value = "corrections of the business", optional = true) BusinessPatch business) {

    /**
     * Corrections of the business.
     *
     * @param name      its corrected name
     * @param sector    its sector
     * @param startedOn when it started
     * @param nib       its NIB; null removes it
     */
    public record BusinessPatch(@ApiField(value = "business name", optional = true) String name,
                                @ApiField(value = "sector", optional = true, allowedFrom = BusinessSector.class) String sector,
                                @ApiField(value = "when the business started", optional = true) LocalDate startedOn,
                                @ApiField(value = "13-digit NIB; null removes it", optional = true) String nib) {
    }

    /** The fields a member has that a patch may not touch, and why. */
    private static final Map<String, String> NOT_CORRECTABLE = Map.of(
            "nik", "the NIK is never edited, as in the national register: a wrong NIK is an erasure and a new registration",
            "registeredOn", "the registration day is not corrected",
            "memberNumber", "the member number never changes",
            "id", "the id never changes",
            "stages", "stages are completed (POST …/stages) or withdrawn (POST …/stages/{stage}/withdrawal)",
            "registeredBy", "the registering partner is not corrected",
            "province", "the province follows the kecamatan",
            "kabupaten", "the kabupaten/kota follows the kecamatan");
    private static final Set<String> TOP = Set.of("fullName", "phone", "kecamatan", "business");
    private static final Set<String> BUSINESS = Set.of("name", "sector", "startedOn", "nib");

    /** The correction in {@code body}, or an {@link InvalidRequestException} naming every field at fault. */
    public static Correction parse(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new InvalidRequestException(FieldError.body("", "JSON_MALFORMED", "the body is not valid JSON"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException(FieldError.body("", "BODY_REQUIRED", "a JSON merge patch (an object) is required"));
        }
        List<FieldError> refused = new ArrayList<>();
        unknown(root, "", TOP, refused);
        JsonNode business = root.get("business");
        if (business != null && !business.isNull() && !business.isObject()) {
            refused.add(FieldError.body("/business", "FIELD_TYPE", "must be an object"));
        } else if (business != null && business.isNull()) {
            refused.add(FieldError.body("/business", "FIELD_REQUIRED", "a member always has a business; correct its fields instead"));
        } else if (business != null) {
            unknown(business, "/business", BUSINESS, refused);
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(refused);
        }
        Fields f = new Fields();
        Optional<String> name = text(f, root, "/fullName", "fullName");
        Optional<PhoneNumber> phone = text(f, root, "/phone", "phone").flatMap(p -> Optional.ofNullable(f.get("/phone", () -> PhoneNumber.parse(p))));
        Optional<KecamatanCode> kecamatan = text(f, root, "/kecamatan", "kecamatan")
                .flatMap(k -> Optional.ofNullable(f.get("/kecamatan", () -> KecamatanCode.of(k))));
        Optional<String> businessName = Optional.empty();
        Optional<BusinessSector> sector = Optional.empty();
        Optional<LocalDate> startedOn = Optional.empty();
        Optional<Optional<Nib>> nib = Optional.empty();
        if (business != null) {
            businessName = text(f, business, "/business/name", "name");
            sector = text(f, business, "/business/sector", "sector")
                    .flatMap(s -> Optional.ofNullable(f.get("/business/sector", () -> BusinessSector.parse(s))));
            startedOn = text(f, business, "/business/startedOn", "startedOn").flatMap(d -> date(f, d));
            JsonNode rawNib = business.get("nib");
            if (rawNib != null && rawNib.isNull()) {
                nib = Optional.of(Optional.empty());
            } else if (rawNib != null) {
                nib = text(f, business, "/business/nib", "nib").flatMap(n -> Optional.ofNullable(f.get("/business/nib", () -> Nib.parse(n))))
                        .map(Optional::of);
            }
        }
        f.check();
        return new Correction(name, phone, businessName, sector, startedOn, nib, kecamatan);
    }

    private static void unknown(JsonNode object, String at, Set<String> known, List<FieldError> refused) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (at.isEmpty() && NOT_CORRECTABLE.containsKey(name)) {
                refused.add(FieldError.body("/" + name, "FIELD_NOT_CORRECTABLE", NOT_CORRECTABLE.get(name)));
            } else if (!known.contains(name)) {
                refused.add(FieldError.body(at + "/" + name, "FIELD_UNKNOWN", "unknown field '" + name + "'; a correction does not take it"));
            }
        }
    }

    /** A text field when present: null and non-text values are refused. */
    private static Optional<String> text(Fields f, JsonNode object, String pointer, String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            f.reject(FieldError.body(pointer, "FIELD_REQUIRED", name + " cannot be removed, only corrected"));
            return Optional.empty();
        }
        if (!value.isTextual()) {
            f.reject(FieldError.body(pointer, "FIELD_TYPE", "must be a string"));
            return Optional.empty();
        }
        if (value.textValue().indexOf('\u0000') >= 0) {
            f.reject(FieldError.body(pointer, "FIELD_INVALID_CHARACTER", "must not contain the NUL character (U+0000)"));
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private static Optional<LocalDate> date(Fields f, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            f.reject(FieldError.body("/business/startedOn", "FIELD_TYPE", "must be a date like 2018-09-10"));
            return Optional.empty();
        }
    }
}
