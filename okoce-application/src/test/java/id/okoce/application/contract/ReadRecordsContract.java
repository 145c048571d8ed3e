package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.ReadRecord;
import id.okoce.domain.audit.Who;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.ReadRecords}. */
public abstract class ReadRecordsContract extends PortContract {

    private static ReadRecord read(MemberId member, String purpose, int second) {
        return new ReadRecord(Instant.parse("2026-01-01T03:00:00Z").plusSeconds(second),
                new Who(Role.PARTNER, Optional.of(TokenId.random()), Optional.of(PartnerId.random()), "partner"),
                new Origin(Optional.of("req-" + second), "GET /api/v1/members/{id}"), purpose, member);
    }

    @Test
    void a_recorded_read_is_there_once_its_future_completes() throws Exception {
        MemberId member = MemberId.random();
        ReadRecord first = read(member, "member-detail", 1);
        ReadRecord second = read(member, "member-search", 2);
        ports.reads().record(List.of(first)).get(10, TimeUnit.SECONDS);
        ports.reads().record(List.of(second, read(MemberId.random(), "member-search", 2))).get(10, TimeUnit.SECONDS);
        assertThat(ports.reads().ofMember(member)).as("every part kept, oldest first").containsExactly(first, second);
        assertThat(ports.reads().ofMember(MemberId.random())).isEmpty();
    }

    @Test
    void reads_of_many_threads_at_once_are_all_kept() throws Exception {
        MemberId member = MemberId.random();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CompletableFuture<Void>>> submitted = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                submitted.add(pool.submit(() -> ports.reads().record(List.of(read(member, "member-detail", n)))));
            }
            for (Future<CompletableFuture<Void>> f : submitted) {
                f.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ports.reads().ofMember(member)).as("no read lost when many record at once").hasSize(200);
    }
}
