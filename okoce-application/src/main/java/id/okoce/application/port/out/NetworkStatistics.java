package id.okoce.application.port.out;

import id.okoce.domain.identity.Sex;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The report read model. Its counts agree exactly with the stored members at every commit,
 * because {@link MemberRepository#save} (and any bulk import) maintain it in the same transaction;
 * it must answer without scanning members, so reports stay instant at millions of members.
 */
public interface NetworkStatistics {

    /**
     * The same statistics counting only the members living in {@code area}, for a partner working in
     * some kabupaten/kota of its province. The counters a store keeps per province do not narrow to
     * such an area, so a store may count the area's members when asked (an area is a small part of
     * the register: a few kabupaten/kota).
     */
    NetworkStatistics within(PartnerArea area);

    /** Members per province of domicile; provinces without members may be absent. */
    Map<ProvinceCode, Long> membersByProvince();

    /**
     * For each stage, how many members have done it, nationally or in one province. Stages no
     * member has done may be absent.
     */
    Map<Stage, Long> membersByStage(Optional<ProvinceCode> province);

    /**
     * For each province, for each stage, how many members had done it on {@code on}: those whose
     * completion of it is dated on or before that day (counted where they live now). Provinces and
     * stages with none may be absent.
     */
    Map<ProvinceCode, Map<Stage, Long>> stagesOn(LocalDate on);

    /**
     * Stage completions per calendar month of their dates, nationally or in one province, for every
     * month that has any, in month order.
     */
    SortedMap<YearMonth, Map<Stage, Long>> completionsPerMonth(Optional<ProvinceCode> province);

    /** For each kecamatan of {@code province}, for each stage, how many members living there have done it. */
    Map<KecamatanCode, Map<Stage, Long>> byKecamatan(ProvinceCode province);

    /**
     * Cohorts: for each month of registration from {@code from} to {@code to}, for each stage, how many
     * of the members registered in it reached the stage within {@code withinDays} days of registering
     * (30, 60, 90, 180 or 365; any larger value counts every completion). P1 gives the cohort's size.
     * Months with no registration may be absent.
     */
    SortedMap<YearMonth, Map<Stage, Long>> cohorts(Optional<ProvinceCode> province, YearMonth from, YearMonth to, int withinDays);

    /** For each partner that registered members, for each stage, how many of those members have done it. */
    Map<PartnerId, Map<Stage, Long>> byRegisteringPartner();

    /** Members by sex and birth year (both read from the NIK, and kept through an erasure), nationally or in one province. */
    Map<Sex, SortedMap<Integer, Long>> bySexAndBirthYear(Optional<ProvinceCode> province);
}
