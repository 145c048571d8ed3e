package id.okoce.adapter.jdbc.report;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    @Override
    public Map<ProvinceCode, Long> membersByProvince() {
        return transactions.withHandle(h -> {
            Map<ProvinceCode, Long> counts = new HashMap<>();
            h.createQuery("SELECT province, sum(members) AS members FROM member_counts WHERE stage = 1 GROUP BY province")
                    .map((rs, ctx) -> counts.put(ProvinceCode.of(rs.getString("province")), rs.getLong("members")))
                    .list();
            return counts;
        });
    }

    @Override
    public Map<Stage, Long> membersByStage(Optional<ProvinceCode> province) {
        String sql = "SELECT stage, sum(members) AS members FROM member_counts"
                + (province.isPresent() ? " WHERE province = :province" : "") + " GROUP BY stage";
        return transactions.withHandle(h -> {
            Map<Stage, Long> counts = new EnumMap<>(Stage.class);
            var query = h.createQuery(sql);
            province.ifPresent(p -> query.bind("province", p.value()));
            query.map((rs, ctx) -> counts.put(Stage.number(rs.getInt("stage")), rs.getLong("members"))).list();
            return counts;
        });
    }
}
