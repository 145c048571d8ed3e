package id.okoce.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.contract.IdentitySourceContract;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.ProvinceCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The PostgreSQL adapters keep the IdentitySource contract. */
class PostgresIdentitySourceContractTest extends IdentitySourceContract {

    @Override
    protected OutboundPorts adapters() {
        return TestDatabase.get().ports();
    }

    @Test
    void two_services_on_one_database_each_hand_out_increasing_numbers_and_never_the_same_one() {
        IdentitySource one = PostgresAdapters.create(TestDatabase.get().database().dataSource()).identities();
        IdentitySource two = PostgresAdapters.create(TestDatabase.get().database().dataSource()).identities();
        ProvinceCode gorontalo = ProvinceCode.of("75");
        List<MemberNumber> fromOne = new ArrayList<>();
        List<MemberNumber> fromTwo = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fromOne.add(one.nextMemberNumber(gorontalo));
            fromTwo.add(two.nextMemberNumber(gorontalo));
        }
        assertThat(fromOne).isSorted().doesNotHaveDuplicates();
        assertThat(fromTwo).isSorted().doesNotHaveDuplicates();
        Set<MemberNumber> all = new HashSet<>(fromOne);
        all.addAll(fromTwo);
        assertThat(all).hasSize(60);
    }
}
