package id.okoce.domain.member;

import static id.okoce.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.domain.business.Nib;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberMergeTest {

    private static final LocalDate ON = LocalDate.of(2020, 5, 1);

    private static LocalDate day(Member member, Stage stage) {
        return member.stages().completion(stage).map(StageCompletion::completedOn).orElse(null);
    }

    @Test
    void the_member_registered_first_survives_whichever_way_round_the_pair_is_given() {
        Member earlier = aMember().withSequence(5).named("Siti Rahma").registeredOn(LocalDate.of(2018, 9, 10)).build();
        Member later = aMember().withSequence(900).named("Siti Rachmah").inKecamatan("31.71.02")
                .registeredOn(LocalDate.of(2019, 2, 1)).build();
        for (MemberMerge merge : new MemberMerge[] {MemberMerge.of(earlier, later, ON), MemberMerge.of(later, earlier, ON)}) {
            assertThat(merge.survivor().id()).isEqualTo(earlier.id());
            assertThat(merge.survivor().number()).isEqualTo(earlier.number());
            assertThat(merge.survivor().fullName()).isEqualTo("Siti Rahma");
            assertThat(merge.survivor().nik()).isEqualTo(earlier.nik());
            assertThat(merge.survivor().version()).isEqualTo(earlier.version());
            assertThat(merge.merged()).isSameAs(later);
            assertThat(merge.closed()).isEqualTo(new MergedMember(later.id(), later.number(), later.domicile(), earlier.id(),
                    earlier.number(), ON));
        }
    }

    @Test
    void on_the_same_day_the_member_stored_first_survives() {
        MemberId first = new MemberId(UUID.fromString("01900000-0000-7000-8000-000000000001"));
        MemberId second = new MemberId(UUID.fromString("01900000-0000-7000-8000-000000000002"));
        Member a = aMember().withId(second).withSequence(1).build();
        Member b = aMember().withId(first).withSequence(2).build();
        assertThat(MemberMerge.of(a, b, ON).survivor().id()).isEqualTo(first);
        assertThat(MemberMerge.of(b, a, ON).survivor().id()).isEqualTo(first);
    }

    @Test
    void the_survivor_gains_the_stages_it_lacks_and_the_earlier_day_of_those_both_did() {
        // stages are done one day apart after registration: the later registration did its P2 on 2018-09-15
        Member earlier = aMember().registeredOn(LocalDate.of(2018, 9, 1)).withStagesDone(Stage.TRAINING).build()
                .withVersion(3);
        Member later = aMember().registeredOn(LocalDate.of(2018, 9, 14)).withStagesUpTo(Stage.LICENSING).build();
        Member withLaterTraining = MemberMerge.of(earlier, later, ON).survivor();
        assertThat(withLaterTraining.stages().doneStages())
                .containsExactly(Stage.REGISTRATION, Stage.TRAINING, Stage.MENTORING, Stage.LICENSING);
        assertThat(day(withLaterTraining, Stage.REGISTRATION)).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(day(withLaterTraining, Stage.TRAINING)).as("its own, earlier").isEqualTo(LocalDate.of(2018, 9, 2));
        assertThat(day(withLaterTraining, Stage.MENTORING)).isEqualTo(day(later, Stage.MENTORING));
        assertThat(withLaterTraining.stages().completion(Stage.LICENSING)).isEqualTo(later.stages().completion(Stage.LICENSING));
        assertThat(withLaterTraining.version()).isEqualTo(3);
        assertThat(MemberMerge.of(earlier, later, ON).gained()).containsExactlyInAnyOrder(Stage.MENTORING, Stage.LICENSING);
        Member registeredLast = aMember().registeredOn(LocalDate.of(2019, 1, 1)).withStagesDone(Stage.TRAINING).build();
        assertThat(MemberMerge.of(later, registeredLast, ON).gained()).as("its training was later: nothing to gain").isEmpty();
    }

    @Test
    void an_nib_only_the_other_business_holds_comes_along_and_the_survivors_own_stays() {
        Member without = aMember().registeredOn(LocalDate.of(2018, 9, 1)).build();
        Member with = aMember().registeredOn(LocalDate.of(2018, 10, 1)).withNib("9120001234567").build();
        assertThat(MemberMerge.of(without, with, ON).survivor().business().nib()).contains(Nib.parse("9120001234567"));
        Member own = aMember().registeredOn(LocalDate.of(2018, 9, 1)).withNib("9120007654321").build();
        assertThat(MemberMerge.of(own, with, ON).survivor().business().nib()).contains(Nib.parse("9120007654321"));
        assertThat(MemberMerge.of(own, without, ON).survivor().business()).isEqualTo(own.business());
    }

    @Test
    void a_member_is_not_merged_with_itself() {
        Member member = aMember().build();
        assertThatThrownBy(() -> MemberMerge.of(member, member.withVersion(2), ON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MergedMember(member.id(), member.number(), member.domicile(), member.id(), member.number(), ON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
