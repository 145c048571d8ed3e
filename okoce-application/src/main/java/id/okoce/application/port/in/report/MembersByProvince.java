package id.okoce.application.port.in.report;

import id.okoce.domain.region.Province;
import java.util.List;

/**
 * Members per province.
 *
 * @param provinces one row per province, in code order
 * @param total     the sum
 */
public record MembersByProvince(List<ProvinceCount> provinces, long total) {

    /** Copies the rows. */
    public MembersByProvince {
        provinces = List.copyOf(provinces);
    }

    /**
     * One province's count.
     *
     * @param province the province
     * @param members  its members
     */
    public record ProvinceCount(Province province, long members) {
    }
}
