package id.okoce.domain.partner;

import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.shared.DomainException;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where a partner works: a whole province, or a set of its kabupaten/kota (the network organised
 * itself per kabupaten/kota after 2018). The partner's scope (which members it sees and registers),
 * the coverage its agreements give and the reports it reads all follow the area.
 *
 * @param province   the province
 * @param regencies  the kabupaten/kota it works in, all of {@code province}; empty for the whole province
 */
public record PartnerArea(ProvinceCode province, SortedSet<RegencyCode> regencies) {

    /** The most kabupaten/kota an area may list (the largest province has 38). */
    public static final int MAX_REGENCIES = 60;

    /**
     * Checks that every kabupaten/kota lies in the province.
     *
     * @throws DomainException {@code PARTNER_AREA_INVALID} (field {@code regencies})
     */
    public PartnerArea {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(regencies, "regencies");
        if (regencies.size() > MAX_REGENCIES) {
            throw new DomainException(PartnerError.PARTNER_AREA_INVALID, "regencies",
                    "an area lists at most " + MAX_REGENCIES + " kabupaten/kota, got " + regencies.size());
        }
        for (RegencyCode regency : regencies) {
            if (!regency.province().equals(province)) {
                throw new DomainException(PartnerError.PARTNER_AREA_INVALID, "regencies",
                        "kabupaten/kota " + regency + " lies in province " + regency.province() + ", not in " + province);
            }
        }
        regencies = Collections.unmodifiableSortedSet(new TreeSet<>(regencies));
    }

    /** The whole of {@code province}. */
    public static PartnerArea of(ProvinceCode province) {
        return new PartnerArea(province, new TreeSet<>());
    }

    /** These kabupaten/kota of {@code province}; the whole province when {@code regencies} is empty. */
    public static PartnerArea of(ProvinceCode province, Set<RegencyCode> regencies) {
        return new PartnerArea(province, new TreeSet<>(regencies));
    }

    /** Whether the area is its whole province. */
    public boolean wholeProvince() {
        return regencies.isEmpty();
    }

    /** Whether {@code regency} lies in the area. */
    public boolean covers(RegencyCode regency) {
        return regency.province().equals(province) && (regencies.isEmpty() || regencies.contains(regency));
    }

    /** Whether {@code place} lies in the area. */
    public boolean covers(KecamatanCode place) {
        return place.province().equals(province) && (regencies.isEmpty() || regencies.contains(place.regency()));
    }

    /** Whether the two areas share any ground. */
    public boolean overlaps(PartnerArea other) {
        return province.equals(other.province) && (wholeProvince() || other.wholeProvince()
                || regencies.stream().anyMatch(other.regencies::contains));
    }

    @Override
    public String toString() {
        return wholeProvince() ? "province " + province
                : "province " + province + " (" + regencies.stream().map(RegencyCode::toString).collect(Collectors.joining(", ")) + ")";
    }
}
