package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.OkoceCore;
import id.okoce.application.contract.FileRows;
import id.okoce.application.memory.InMemoryMemberFiles;
import id.okoce.application.port.in.imports.ImportMembersUseCase.ImportCommand;
import id.okoce.application.port.in.member.CompleteStageCommand;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.out.MemberFileRow;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.access.Actor;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.importing.ImportJob;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.importing.ImportListener;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.testdata.Niks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The report counters agree exactly with a full count of the members table after a bulk import
 * that runs while other threads register members and complete stages.
 */
class ReadModelUnderLoadTest {

    private final OutboundPorts ports = TestDatabase.get().ports();
    private final InMemoryMemberFiles files = new InMemoryMemberFiles();
    private final OkoceCore core = OkoceCore.builder(ports).memberFiles(files).build();
    private final Jdbi jdbi = Jdbi.create(TestDatabase.get().database().dataSource());
    private final Actor hub = new Actor.HubAdmin("load");

    @Test
    void counters_match_a_full_count_after_an_import_racing_registrations_and_stages() throws Exception {
        List<MemberFileRow> rows = new ArrayList<>();
        for (int i = 0; i < 45_000; i++) {
            String nik = Niks.nik("357801", LocalDate.of(1970, 1, 1).plusDays(i / 9999), i % 2 == 0 ? Sex.MALE : Sex.FEMALE, i % 9999 + 1);
            MemberFileRow row = FileRows.withNik(FileRows.valid(i + 2, i % 3 == 0 ? "31.71.01" : "35.78.01"), nik);
            rows.add(i % 3 == 0 ? FileRows.withStagesToP4(row) : row);
        }
        Path file = files.put(Path.of("load.csv"), rows);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<ImportJob> importing = pool.submit(() -> core.importMembers().run(new ImportCommand(hub, ImportJobId.random(),
                    ImportMode.PER_ROW, file, "load.csv", ImportListener.none(), id.okoce.domain.audit.Origin.command("test import"))));
            List<Future<?>> others = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                others.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        LocalDate on = LocalDate.of(2018, 9, 10);
                        Member member = core.registerMember().register(new RegisterMemberCommand(hub, Nik.parse(Niks.random(), on),
                                "Siti", PhoneNumber.parse("081234567890"), KecamatanCode.of("31.71.02"),
                                new Business("Warung", BusinessSector.KULINER, LocalDate.of(2017, 1, 1), Optional.empty()), on));
                        Member trained = core.completeStage().complete(new CompleteStageCommand(hub, member.id(),
                                new StageCompletion(Stage.TRAINING, on.plusDays(3 + i % 40), new StageEvidence.TrainingCertificate("S")),
                                OptionalLong.empty()));
                        if (i % 4 == 0) {
                            core.withdrawStage().withdraw(new id.okoce.application.port.in.member.WithdrawStageCommand(hub,
                                    trained.id(), Stage.TRAINING, "dicatat keliru", OptionalLong.empty()));
                        }
                    }
                }));
            }
            for (Future<?> other : others) {
                other.get(120, TimeUnit.SECONDS);
            }
            assertThat(importing.get(180, TimeUnit.SECONDS).counts().inserted()).isEqualTo(45_000);
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> fullCount = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT m.province, s.stage, count(*) AS members
                        FROM members m CROSS JOIN LATERAL member_stage_rows(m) s GROUP BY 1, 2""")
                .map((rs, ctx) -> fullCount.put(rs.getString("province") + "/" + rs.getInt("stage"), rs.getLong("members")))
                .list());
        Map<String, Long> counters = new HashMap<>();
        for (String province : fullCount.keySet().stream().map(k -> k.substring(0, 2)).distinct().toList()) {
            ports.statistics().membersByStage(Optional.of(ProvinceCode.of(province)))
                    .forEach((stage, n) -> counters.put(province + "/" + stage.number(), n));
        }
        counters.values().removeIf(n -> n == 0);
        assertThat(counters).isEqualTo(fullCount);
        countsOverTimeMatchAFullCount();
    }

    /** Every counter over time agrees with the same count made from the members table. */
    private void countsOverTimeMatchAFullCount() {
        for (LocalDate on : List.of(LocalDate.of(2018, 9, 9), LocalDate.of(2018, 9, 12), LocalDate.of(2018, 9, 30),
                LocalDate.of(2018, 10, 15), LocalDate.of(2030, 1, 1))) {
            Map<String, Long> expected = sql("""
                    SELECT m.province || '/' || s.stage AS k, count(*) AS n
                    FROM members m CROSS JOIN LATERAL (VALUES (1, m.p1_on), (2, m.p2_on), (3, m.p3_on), (4, m.p4_on), (5, m.p5_on),
                        (6, m.p6_on), (7, m.p7_on)) s (stage, on_day)
                    WHERE s.on_day <= '%s' GROUP BY 1""".formatted(on));
            Map<String, Long> actual = new HashMap<>();
            ports.statistics().stagesOn(on).forEach((province, stages) -> stages.forEach((stage, n) -> {
                if (n != 0) {
                    actual.put(province.value() + "/" + stage.number(), n);
                }
            }));
            assertThat(actual).as("counts as of " + on).isEqualTo(expected);
        }
        Map<String, Long> months = new HashMap<>();
        ports.statistics().completionsPerMonth(Optional.empty()).forEach((month, stages) ->
                stages.forEach((stage, n) -> months.put(month + "/" + stage.number(), n)));
        assertThat(months).isEqualTo(sql("""
                SELECT to_char(s.on_day, 'YYYY-MM') || '/' || s.stage AS k, count(*) AS n
                FROM members m CROSS JOIN LATERAL (VALUES (1, m.p1_on), (2, m.p2_on), (3, m.p3_on), (4, m.p4_on), (5, m.p5_on),
                    (6, m.p6_on), (7, m.p7_on)) s (stage, on_day)
                WHERE s.on_day IS NOT NULL GROUP BY 1"""));
        for (String province : List.of("31", "35")) {
            Map<String, Long> kecamatans = new HashMap<>();
            ports.statistics().byKecamatan(ProvinceCode.of(province)).forEach((kecamatan, stages) ->
                    stages.forEach((stage, n) -> kecamatans.put(kecamatan.digits() + "/" + stage.number(), n)));
            assertThat(kecamatans).isEqualTo(sql("""
                    SELECT m.kecamatan || '/' || s.stage AS k, count(*) AS n
                    FROM members m CROSS JOIN LATERAL (VALUES (1, m.p1_on), (2, m.p2_on), (3, m.p3_on), (4, m.p4_on), (5, m.p5_on),
                        (6, m.p6_on), (7, m.p7_on)) s (stage, on_day)
                    WHERE s.on_day IS NOT NULL AND m.province = '%s' GROUP BY 1""".formatted(province)));
        }
        for (int within : List.of(30, 90, 365)) {
            Map<String, Long> cohorts = new HashMap<>();
            ports.statistics().cohorts(Optional.empty(), java.time.YearMonth.of(2000, 1), java.time.YearMonth.of(2030, 12), within)
                    .forEach((month, stages) -> stages.forEach((stage, n) -> cohorts.put(month + "/" + stage.number(), n)));
            assertThat(cohorts).as("cohorts within " + within + " days").isEqualTo(sql("""
                    SELECT to_char(m.p1_on, 'YYYY-MM') || '/' || s.stage AS k, count(*) AS n
                    FROM members m CROSS JOIN LATERAL (VALUES (1, m.p1_on), (2, m.p2_on), (3, m.p3_on), (4, m.p4_on), (5, m.p5_on),
                        (6, m.p6_on), (7, m.p7_on)) s (stage, on_day)
                    WHERE s.on_day IS NOT NULL AND s.on_day - m.p1_on <= %d GROUP BY 1""".formatted(within)));
        }
        Map<String, Long> partners = new HashMap<>();
        ports.statistics().byRegisteringPartner().forEach((partner, stages) ->
                stages.forEach((stage, n) -> partners.put(partner + "/" + stage.number(), n)));
        assertThat(partners).isEqualTo(sql("""
                SELECT m.registered_by || '/' || s.stage AS k, count(*) AS n
                FROM members m CROSS JOIN LATERAL (VALUES (1, m.p1_on), (2, m.p2_on), (3, m.p3_on), (4, m.p4_on), (5, m.p5_on),
                    (6, m.p6_on), (7, m.p7_on)) s (stage, on_day)
                WHERE s.on_day IS NOT NULL AND m.registered_by IS NOT NULL GROUP BY 1"""));
        Map<String, Long> people = new HashMap<>();
        ports.statistics().bySexAndBirthYear(Optional.empty()).forEach((sex, years) ->
                years.forEach((year, n) -> people.put((sex == Sex.FEMALE ? "F" : "M") + "/" + year, n)));
        assertThat(people).isEqualTo(sql("SELECT sex || '/' || birth_year AS k, count(*) AS n FROM members GROUP BY 1"));
    }

    private Map<String, Long> sql(String query) {
        Map<String, Long> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(query).map((rs, ctx) -> counts.put(rs.getString("k"), rs.getLong("n"))).list());
        return counts;
    }
}
