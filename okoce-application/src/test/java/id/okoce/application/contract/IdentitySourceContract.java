package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.ProvinceCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.IdentitySource}. */
public abstract class IdentitySourceContract extends PortContract {

    @Test
    void member_numbers_increase_within_a_province() {
        ProvinceCode ntt = ProvinceCode.of("53");
        MemberNumber first = ports.identities().nextMemberNumber(ntt);
        MemberNumber second = ports.identities().nextMemberNumber(ntt);
        assertThat(first.province()).as("a member number belongs to the province it was asked for").isEqualTo(ntt);
        assertThat(second).as("member numbers of a province only increase (IdentitySource.nextMemberNumber)").isGreaterThan(first);
    }

    @Test
    void member_numbers_never_repeat_across_threads() throws Exception {
        ProvinceCode ntb = ProvinceCode.of("52");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<MemberNumber>>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(() -> IntStream.range(0, 50).mapToObj(i -> ports.identities().nextMemberNumber(ntb)).toList());
            }
            Set<MemberNumber> all = new HashSet<>();
            for (Future<List<MemberNumber>> future : pool.invokeAll(work)) {
                all.addAll(future.get());
            }
            assertThat(all).as("400 numbers drawn on 8 threads are 400 different numbers: never a repeat").hasSize(400);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ids_are_fresh_every_time() {
        assertThat(ports.identities().newMemberId()).isNotEqualTo(ports.identities().newMemberId());
        assertThat(ports.identities().newPartnerId()).isNotEqualTo(ports.identities().newPartnerId());
        assertThat(ports.identities().newAgreementId()).isNotEqualTo(ports.identities().newAgreementId());
        assertThat(ports.identities().newFinancingId()).isNotEqualTo(ports.identities().newFinancingId());
    }
}
