package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.out.ImportedMember;
import id.okoce.application.port.out.MemberImportStore;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.access.Actor;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.Who;
import id.okoce.domain.business.Business;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.importing.ImportJobId;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.Registration;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.stage.StageRecord;
import id.okoce.domain.testdata.Niks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okoce retention run [--dry-run]} beside the running service: members with no activity for
 * the retention period are counted per province, then erased; a member with recent activity stays.
 */
class RetentionCommandTest {

    @TempDir
    Path dir;

    /** Members written in 2019 by an import whose batch entry is dated then, as a register carried over from that year is. */
    private static List<Member> carriedOver(OutboundPorts ports, String... kecamatans) {
        LocalDate on = LocalDate.of(2019, 3, 1);
        ImportJobId job = ImportJobId.random();
        AuditEntry imported = new AuditEntry(Instant.parse("2019-03-01T02:00:00Z"), Who.of(Actor.system()),
                Origin.command("okoce import"), AuditAction.MEMBERS_IMPORTED, job.toString(), Optional.empty(), Optional.empty(),
                List.of(), Optional.of("the 2019 register"));
        List<ImportedMember> rows = new ArrayList<>();
        List<Nik> niks = new ArrayList<>();
        for (int i = 0; i < kecamatans.length; i++) {
            Nik nik = Nik.parse(Niks.random(), on);
            niks.add(nik);
            rows.add(new ImportedMember(i + 2, new Registration(nik, "Anggota Lama", PhoneNumber.parse("081234567890"),
                    KecamatanCode.of(kecamatans[i]), new Business("Warung", BusinessSector.JASA, LocalDate.of(2018, 1, 1), Optional.empty()),
                    on, Optional.empty()), StageRecord.registeredOn(on)));
        }
        try (MemberImportStore.Session session = ports.imports().open(job, false, imported)) {
            session.write(rows);
        }
        return niks.stream().map(n -> ports.members().findByNik(n).orElseThrow()).toList();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(out + "\n" + err).isZero();
        return out.toString();
    }

    @Test
    void a_dry_run_counts_per_province_and_a_run_erases_beside_the_running_service() {
        String data = dir.resolve("data").toString();
        Map<String, String> flags = new HashMap<>(Map.of("--port", "0", "--host", "127.0.0.1", "--data-dir", data,
                "--stop-timeout", "5", "--retention-days", "1825"));
        StringWriter first = new StringWriter();
        try (OkoceService service = OkoceService.start(Settings.load(flags, Map.of(), Optional.empty()), new PrintWriter(first, true))) {
            Api hub = new Api(service.port(), first.toString().strip().lines().reduce((a, b) -> b).orElseThrow());
            OutboundPorts ports = service.injector().getInstance(OutboundPorts.class);
            List<Member> idle = carriedOver(ports, "31.71.01", "31.71.02", "32.73.01");
            String active = Network.member(hub, "31.71.01").path("id").asText();

            String dry = run("retention", "run", "--dry-run", "--data-dir", data, "--retention-days", "1825");
            assertThat(dry).contains("dry run: 3 members with no activity since").contains("31 Daerah Khusus Ibukota Jakarta: 2")
                    .contains("32 Jawa Barat: 1").contains("nothing erased");
            assertThat(hub.get("/api/v1/members/" + idle.get(0).id()).status()).as("a dry run erases nothing").isEqualTo(200);

            assertThat(run("retention", "run", "--data-dir", data, "--retention-days", "1825")).contains("3 erased");
            for (Member member : idle) {
                Api.Response gone = hub.get("/api/v1/members/" + member.id());
                assertThat(gone.status()).isEqualTo(410);
                assertThat(hub.get("/api/v1/members/" + member.id() + "/processing-record").json().path("changes").findValuesAsText("reason"))
                        .contains("RETENTION_ENDED");
            }
            assertThat(hub.get("/api/v1/members/" + active).status()).as("registered today: active").isEqualTo(200);
            assertThat(run("retention", "run", "--data-dir", data)).as("off unless a period is set").contains("retention is off");
        }
    }
}
