package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.port.out.NetworkStatistics;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.member.Member;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link id.okoce.application.port.out.NetworkStatistics}: its counts move exactly
 * as members are saved, and not at all when a save fails or a transaction rolls back.
 */
public abstract class NetworkStatisticsContract extends PortContract {

    private static final ProvinceCode DKI = ProvinceCode.of("31");
    private static final ProvinceCode BALI = ProvinceCode.of("51");

    private Map<ProvinceCode, Long> byProvince() {
        return new HashMap<>(ports.statistics().membersByProvince());
    }

    private Map<Stage, Long> byStage(Optional<ProvinceCode> province) {
        return new EnumMap<>(ports.statistics().membersByStage(province).isEmpty()
                ? Map.of(Stage.REGISTRATION, 0L) : ports.statistics().membersByStage(province));
    }

    private static long delta(Map<?, Long> after, Map<?, Long> before, Object key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }

    @Test
    void registrations_and_stage_completions_move_the_counts_exactly() {
        Map<ProvinceCode, Long> provincesBefore = byProvince();
        Map<Stage, Long> nationalBefore = byStage(Optional.empty());
        Map<Stage, Long> baliBefore = byStage(Optional.of(BALI));
        PartnerId partner = registeringPartner();

        savedMember("31.71.01", partner, Stage.REGISTRATION);
        savedMember("31.71.02", partner, Stage.MENTORING);
        savedMember("51.71.01", partner, Stage.LICENSING);
        Member bali = savedMember("51.71.02", partner, Stage.TRAINING);
        ports.members().save(bali.completeStage(new StageCompletion(Stage.MENTORING, bali.registeredOn().plusDays(10),
                new StageEvidence.None()), TODAY, StageRules.standard((p, s, d) -> true)));

        Map<ProvinceCode, Long> provinces = byProvince();
        assertThat(delta(provinces, provincesBefore, DKI)).as("every member saved counts in its province at once").isEqualTo(2);
        assertThat(delta(provinces, provincesBefore, BALI)).isEqualTo(2);
        Map<Stage, Long> national = byStage(Optional.empty());
        assertThat(delta(national, nationalBefore, Stage.REGISTRATION)).as("every member has done P1").isEqualTo(4);
        assertThat(delta(national, nationalBefore, Stage.TRAINING)).as("a stage counts for each member who has done it").isEqualTo(3);
        assertThat(delta(national, nationalBefore, Stage.MENTORING)).isEqualTo(3);
        assertThat(delta(national, nationalBefore, Stage.LICENSING)).isEqualTo(1);
        assertThat(delta(national, nationalBefore, Stage.MARKETING)).isZero();
        Map<Stage, Long> baliAfter = byStage(Optional.of(BALI));
        assertThat(delta(baliAfter, baliBefore, Stage.REGISTRATION)).isEqualTo(2);
        assertThat(delta(baliAfter, baliBefore, Stage.MENTORING)).isEqualTo(2);
        assertThat(delta(baliAfter, baliBefore, Stage.LICENSING)).isEqualTo(1);
    }

    @Test
    void the_statistics_of_an_area_count_the_members_living_there_only() {
        PartnerArea denpasar = PartnerArea.of(BALI, Set.of(RegencyCode.of("51.71")));
        NetworkStatistics area = ports.statistics().within(denpasar);
        Map<Stage, Long> before = new EnumMap<>(Stage.class);
        before.putAll(area.membersByStage(Optional.of(BALI)));
        Map<Stage, Long> onDayBefore = new EnumMap<>(Stage.class);
        onDayBefore.putAll(area.stagesOn(TODAY).getOrDefault(BALI, Map.of()));
        PartnerId partner = registeringPartner();

        savedMember("51.71.01", partner, Stage.TRAINING);
        savedMember("51.03.01", partner, Stage.MENTORING);
        savedMember("31.71.01", partner, Stage.MENTORING);

        Map<Stage, Long> after = area.membersByStage(Optional.of(BALI));
        assertThat(delta(after, before, Stage.REGISTRATION)).as("Denpasar's member only").isEqualTo(1);
        assertThat(delta(after, before, Stage.TRAINING)).isEqualTo(1);
        assertThat(delta(after, before, Stage.MENTORING)).isZero();
        assertThat(delta(area.stagesOn(TODAY).getOrDefault(BALI, Map.of()), onDayBefore, Stage.REGISTRATION)).isEqualTo(1);
        assertThat(area.membersByProvince()).containsOnlyKeys(BALI);
        assertThat(area.byKecamatan(BALI).keySet()).allMatch(k -> k.regency().equals(RegencyCode.of("51.71")));
        long whole = ports.statistics().within(PartnerArea.of(BALI)).membersByStage(Optional.of(BALI)).get(Stage.REGISTRATION);
        assertThat(whole).as("an area of the whole province counts what the province's counters count")
                .isEqualTo(ports.statistics().membersByStage(Optional.of(BALI)).get(Stage.REGISTRATION));
    }

    @Test
    void a_stale_save_and_a_rolled_back_transaction_change_nothing() {
        Member saved = savedMember("51.71.01", registeringPartner(), Stage.REGISTRATION);
        Map<Stage, Long> before = byStage(Optional.of(BALI));
        Map<ProvinceCode, Long> provincesBefore = byProvince();
        Member trained = saved.completeStage(new StageCompletion(Stage.TRAINING, saved.registeredOn().plusDays(1),
                new StageEvidence.TrainingCertificate("S")), TODAY, StageRules.standard((p, s, d) -> true));
        ports.members().save(trained);
        assertThatThrownBy(() -> ports.members().save(trained)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> ports.transactions().run(() -> {
            savedMember("51.71.01", registeringPartner(), Stage.LICENSING);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        Map<Stage, Long> after = byStage(Optional.of(BALI));
        assertThat(delta(after, before, Stage.TRAINING)).as("only the committed save moved the counters; the stale and the rolled-back ones did not").isEqualTo(1);
        assertThat(delta(after, before, Stage.REGISTRATION)).isZero();
        assertThat(delta(after, before, Stage.LICENSING)).isZero();
        assertThat(delta(byProvince(), provincesBefore, BALI)).as("a rolled-back registration is not counted").isZero();
    }

    @Test
    void concurrent_registrations_are_all_counted() throws Exception {
        Map<ProvinceCode, Long> before = byProvince();
        Map<Stage, Long> stagesBefore = byStage(Optional.of(ProvinceCode.of("52")));
        PartnerId partner = registeringPartner();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        savedMember("52.71.01", partner, i % 2 == 0 ? Stage.TRAINING : Stage.REGISTRATION);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(delta(byProvince(), before, ProvinceCode.of("52"))).as("concurrent saves are all counted, none lost").isEqualTo(80);
        assertThat(delta(byStage(Optional.of(ProvinceCode.of("52"))), stagesBefore, Stage.TRAINING)).isEqualTo(40);
    }
}
