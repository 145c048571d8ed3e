package id.okoce.adapter.jdbc;

import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageRules;
import id.okoce.domain.testdata.MemberBuilder;
import id.okoce.domain.testdata.Niks;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The trigger-kept counters agree exactly with a full count over the members table. */
class ReadModelTest {

    private final OutboundPorts ports = TestDatabase.get().ports();
    private final Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());

    @Test
    void counters_match_a_full_count_of_the_members_table() {
        // whatever the other tests have stored by now, plus a burst of our own
        String[] kecamatans = {"31.71.01", "32.73.01", "33.74.01", "51.71.01", "96.01.01"};
        StageRules everywhere = StageRules.standard((p, s, d) -> true);
        for (int i = 0; i < 40; i++) {
            String kecamatan = kecamatans[i % kecamatans.length];
            Member saved = ports.members().save(aMember().inKecamatan(kecamatan).withNik(Niks.random())
                    .withSequence(ports.identities().nextMemberNumber(KecamatanCode.of(kecamatan).province()).sequence())
                    .withStagesUpTo(Stage.number(1 + i % 7)).build());
            if (i % 3 == 0 && !saved.stages().isDone(Stage.CAPITAL)) {
                Stage next = Stage.number(saved.stages().highest().number() + 1);
                ports.members().save(saved.completeStage(new StageCompletion(next, saved.registeredOn().plusDays(30),
                        MemberBuilder.evidenceFor(next)), LocalDate.of(2026, 1, 1), everywhere));
            }
        }

        Map<String, Long> fullCount = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT m.province, s.stage, count(*) AS members
                        FROM members m CROSS JOIN LATERAL member_stage_rows(m) s GROUP BY 1, 2""")
                .map((rs, ctx) -> fullCount.put(rs.getString("province") + "/" + rs.getInt("stage"), rs.getLong("members")))
                .list());
        assertThat(fullCount).isNotEmpty();

        Map<String, Long> counters = new HashMap<>();
        for (String province : fullCount.keySet().stream().map(k -> k.substring(0, 2)).distinct().toList()) {
            ports.statistics().membersByStage(Optional.of(ProvinceCode.of(province)))
                    .forEach((stage, n) -> counters.put(province + "/" + stage.number(), n));
        }
        counters.values().removeIf(n -> n == 0);
        assertThat(counters).isEqualTo(fullCount);

        long allMembers = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM members").mapTo(Long.class).one());
        assertThat(ports.statistics().membersByProvince().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(allMembers);
        assertThat(ports.statistics().membersByStage(Optional.empty()).get(Stage.REGISTRATION)).isEqualTo(allMembers);
    }
}
