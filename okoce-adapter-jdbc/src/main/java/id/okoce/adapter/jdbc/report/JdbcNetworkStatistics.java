package id.okoce.adapter.jdbc.report;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.application.port.out.ScannedNetworkStatistics;
import id.okoce.application.port.out.StatisticsTally;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the counters that triggers on {@code members} keep in the same transaction as every
 * change: a few hundred rows at most, whatever the number of members.
 */
public final class JdbcNetworkStatistics implements NetworkStatistics {

    private final JdbiTransactions transactions;

    /** Statistics read through {@code transactions}. */
    public JdbcNetworkStatistics(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The area's members counted from the {@code members} table (erased members' remains included,
     * as the counters include them), through the index on the kecamatan code: one range per
     * kabupaten/kota.
     */
    @Override
    public NetworkStatistics within(PartnerArea area) {
        return ScannedNetworkStatistics.of(() -> transactions.withHandle(h -> {
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < area.regencies().size(); i++) {
                ranges.add("(kecamatan COLLATE \"C\" >= :from" + i + " AND kecamatan COLLATE \"C\" < :to" + i + ")");
            }
            var query = h.createQuery("SELECT province, kecamatan, sex, birth_year, registered_by, registered_on, "
                    + "p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on FROM members WHERE province = :province"
                    + (ranges.isEmpty() ? "" : " AND (" + String.join(" OR ", ranges) + ")"));
            query.bind("province", area.province().value());
            int i = 0;
            for (RegencyCode regency : area.regencies()) {
                int next = Integer.parseInt(regency.digits()) + 1;
                query.bind("from" + i, regency.digits()).bind("to" + i, String.format("%04d", next));
                i++;
            }
            List<StatisticsTally.Facts> facts = query.map((rs, ctx) -> {
                Map<Stage, LocalDate> stages = new EnumMap<>(Stage.class);
                for (Stage stage : Stage.values()) {
                    java.sql.Date day = rs.getDate("p" + stage.number() + "_on");
                    if (day != null) {
                        stages.put(stage, day.toLocalDate());
                    }
                }
                return new StatisticsTally.Facts(ProvinceCode.of(rs.getString("province")), KecamatanCode.of(rs.getString("kecamatan")),
                        rs.getString("sex").equals("F") ? Sex.FEMALE : Sex.MALE, rs.getInt("birth_year"),
                        Optional.ofNullable(rs.getObject("registered_by", java.util.UUID.class)).map(PartnerId::new),
                        rs.getDate("registered_on").toLocalDate(), stages);
            }).list();
            return new StatisticsTally(facts);
        }));
    }

    @Override
    public Map<ProvinceCode, Long> membersByProvince() {
        return transactions.withHandle(h -> {
            Map<ProvinceCode, Long> counts = new HashMap<>();
            h.createQuery("SELECT province, sum(members) AS members FROM member_month_counts WHERE stage = 1 GROUP BY province")
                    .map((rs, ctx) -> counts.put(ProvinceCode.of(rs.getString("province")), rs.getLong("members")))
                    .list();
            return counts;
        });
    }

    @Override
    public Map<Stage, Long> membersByStage(Optional<ProvinceCode> province) {
        String sql = "SELECT stage, sum(members) AS members FROM member_month_counts"
                + (province.isPresent() ? " WHERE province = :province" : "") + " GROUP BY stage";
        return transactions.withHandle(h -> {
            Map<Stage, Long> counts = new EnumMap<>(Stage.class);
            var query = h.createQuery(sql);
            province.ifPresent(p -> query.bind("province", p.value()));
            query.map((rs, ctx) -> counts.put(Stage.number(rs.getInt("stage")), rs.getLong("members"))).list();
            return counts;
        });
    }

    @Override
    public Map<ProvinceCode, Map<Stage, Long>> stagesOn(LocalDate on) {
        return transactions.withHandle(h -> {
            Map<ProvinceCode, Map<Stage, Long>> counts = new HashMap<>();
            h.createQuery("""
                            SELECT province, stage, sum(CASE WHEN month < :month THEN members
                                                        ELSE (SELECT coalesce(sum(v), 0) FROM unnest(days[1:(:day)]) v) END) AS members
                            FROM member_month_counts WHERE month <= :month GROUP BY province, stage""")
                    .bind("month", on.withDayOfMonth(1)).bind("day", on.getDayOfMonth())
                    .map((rs, ctx) -> counts.computeIfAbsent(ProvinceCode.of(rs.getString("province")), p -> new EnumMap<>(Stage.class))
                            .put(Stage.number(rs.getInt("stage")), rs.getLong("members")))
                    .list();
            return counts;
        });
    }

    @Override
    public SortedMap<YearMonth, Map<Stage, Long>> completionsPerMonth(Optional<ProvinceCode> province) {
        String sql = "SELECT month, stage, sum(members) AS members FROM member_month_counts"
                + (province.isPresent() ? " WHERE province = :province" : "") + " GROUP BY month, stage HAVING sum(members) <> 0";
        return transactions.withHandle(h -> {
            SortedMap<YearMonth, Map<Stage, Long>> counts = new TreeMap<>();
            var query = h.createQuery(sql);
            province.ifPresent(p -> query.bind("province", p.value()));
            query.map((rs, ctx) -> counts.computeIfAbsent(YearMonth.from(rs.getObject("month", LocalDate.class)),
                    m -> new EnumMap<>(Stage.class)).put(Stage.number(rs.getInt("stage")), rs.getLong("members"))).list();
            return counts;
        });
    }

    @Override
    public Map<KecamatanCode, Map<Stage, Long>> byKecamatan(ProvinceCode province) {
        return transactions.withHandle(h -> {
            Map<KecamatanCode, Map<Stage, Long>> counts = new HashMap<>();
            h.createQuery("""
                            SELECT kecamatan, stage, sum(members) AS members FROM member_kecamatan_counts
                            WHERE kecamatan >= :from AND kecamatan < :to GROUP BY kecamatan, stage HAVING sum(members) <> 0""")
                    .bind("from", province.value()).bind("to", province.value() + "z")
                    .map((rs, ctx) -> counts.computeIfAbsent(KecamatanCode.of(rs.getString("kecamatan")), k -> new EnumMap<>(Stage.class))
                            .put(Stage.number(rs.getInt("stage")), rs.getLong("members")))
                    .list();
            return counts;
        });
    }

    @Override
    public Map<Sex, SortedMap<Integer, Long>> bySexAndBirthYear(Optional<ProvinceCode> province) {
        String sql = "SELECT sex, birth_year, sum(members) AS members FROM member_people_counts"
                + (province.isPresent() ? " WHERE province = :province" : "") + " GROUP BY sex, birth_year HAVING sum(members) <> 0";
        return transactions.withHandle(h -> {
            Map<Sex, SortedMap<Integer, Long>> counts = new EnumMap<>(Sex.class);
            var query = h.createQuery(sql);
            province.ifPresent(p -> query.bind("province", p.value()));
            query.map((rs, ctx) -> counts.computeIfAbsent(rs.getString("sex").equals("F") ? Sex.FEMALE : Sex.MALE, s -> new TreeMap<>())
                    .put(rs.getInt("birth_year"), rs.getLong("members"))).list();
            return counts;
        });
    }

    @Override
    public SortedMap<YearMonth, Map<Stage, Long>> cohorts(Optional<ProvinceCode> province, YearMonth from, YearMonth to,
                                                          int withinDays) {
        String sql = "SELECT cohort, stage, sum(members) AS members FROM member_cohort_counts"
                + " WHERE cohort BETWEEN :from AND :to AND within_days <= :within"
                + (province.isPresent() ? " AND province = :province" : "") + " GROUP BY cohort, stage HAVING sum(members) <> 0";
        return transactions.withHandle(h -> {
            SortedMap<YearMonth, Map<Stage, Long>> counts = new TreeMap<>();
            var query = h.createQuery(sql).bind("from", from.atDay(1)).bind("to", to.atDay(1))
                    .bind("within", (int) Math.min(withinDays, Short.MAX_VALUE));
            province.ifPresent(p -> query.bind("province", p.value()));
            query.map((rs, ctx) -> counts.computeIfAbsent(YearMonth.from(rs.getObject("cohort", LocalDate.class)),
                    m -> new EnumMap<>(Stage.class)).put(Stage.number(rs.getInt("stage")), rs.getLong("members"))).list();
            return counts;
        });
    }

    @Override
    public Map<PartnerId, Map<Stage, Long>> byRegisteringPartner() {
        return transactions.withHandle(h -> {
            Map<PartnerId, Map<Stage, Long>> counts = new HashMap<>();
            h.createQuery("SELECT partner_id, stage, sum(members) AS members FROM member_partner_counts GROUP BY 1, 2 "
                            + "HAVING sum(members) <> 0")
                    .map((rs, ctx) -> counts.computeIfAbsent(new PartnerId(rs.getObject("partner_id", java.util.UUID.class)),
                            p -> new EnumMap<>(Stage.class)).put(Stage.number(rs.getInt("stage")), rs.getLong("members")))
                    .list();
            return counts;
        });
    }
}
