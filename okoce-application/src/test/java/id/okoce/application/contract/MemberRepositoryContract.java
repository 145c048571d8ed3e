package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberCursor;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageCompletion;
import id.okoce.domain.stage.StageEvidence;
import id.okoce.domain.stage.StageRules;
import id.okoce.domain.testdata.Niks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.MemberRepository}. */
public abstract class MemberRepositoryContract extends PortContract {

    private static final StageRules EVERYWHERE = StageRules.standard((p, s, d) -> true);

    @Test
    void a_new_member_is_stored_at_version_one_and_read_back_whole() {
        Member member = member("32.73.01").withNib("9120001234567").registeredBy(registeringPartner())
                .withStagesUpTo(Stage.LICENSING).build();

        Member saved = ports.members().save(member);

        assertThat(saved.version()).as("save returns a new member at version 1").isEqualTo(1);
        Member read = ports.members().findById(member.id()).orElseThrow();
        assertThat(read).as("a member is read back whole: every field, every stage and its evidence").isEqualTo(member.withVersion(1));
        assertThat(read.stages().completion(Stage.LICENSING).orElseThrow().evidence())
                .isEqualTo(new StageEvidence.BusinessLicence(LicenceType.IUMK, "IUMK-001"));
        assertThat(read.stages().completion(Stage.TRAINING).orElseThrow().evidence())
                .isEqualTo(new StageEvidence.TrainingCertificate("CERT-P2"));
        assertThat(read.business()).isEqualTo(member.business());
        assertThat(read.registeredBy()).isEqualTo(member.registeredBy());
        assertThat(read.nik().birthDate()).isEqualTo(member.nik().birthDate());
    }

    @Test
    void every_kind_of_evidence_survives_the_round_trip() {
        Member member = member("31.71.01").build();
        Member saved = ports.members().save(member);
        StageEvidence[] evidence = {new StageEvidence.TrainingCertificate("SERT/2018/09/001"), new StageEvidence.Note("mentor: Bu Ani, 3 sesi"),
            new StageEvidence.BusinessLicence(LicenceType.NIB, "9120001234567"), new StageEvidence.None(),
            new StageEvidence.Note("laporan"), new StageEvidence.FinancingReference("BDKI-2019-77")};
        Member next = saved;
        for (int i = 0; i < evidence.length; i++) {
            next = next.completeStage(new StageCompletion(Stage.number(i + 2), member.registeredOn().plusDays(i + 1), evidence[i]), TODAY, EVERYWHERE);
        }
        ports.members().save(next);
        Member read = ports.members().findById(member.id()).orElseThrow();
        assertThat(read.stages()).isEqualTo(next.stages());
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void unknown_ids_numbers_and_niks_find_nothing() {
        assertThat(ports.members().findById(MemberId.random())).isEmpty();
        assertThat(ports.members().findByNumber(new MemberNumber(ProvinceCode.of("96"), 9_999_999))).isEmpty();
        assertThat(ports.members().findByNik(Nik.parse(Niks.random(), TODAY))).isEmpty();
    }

    @Test
    void members_are_found_by_nik_and_by_number() {
        Member saved = ports.members().save(member("31.71.02").build());
        assertThat(ports.members().findByNik(saved.nik())).contains(saved);
        assertThat(ports.members().findByNumber(saved.number())).contains(saved);
    }

    @Test
    void a_save_at_the_current_version_moves_it_on() {
        Member saved = ports.members().save(member("31.71.01").build());
        Member trained = saved.completeStage(new StageCompletion(Stage.TRAINING, saved.registeredOn().plusDays(3),
                new StageEvidence.TrainingCertificate("SERT-9")), TODAY, EVERYWHERE);

        Member again = ports.members().save(trained);

        assertThat(again.version()).as("a save at the stored version moves it on by one").isEqualTo(2);
        assertThat(ports.members().findById(saved.id()).orElseThrow().stages().isDone(Stage.TRAINING)).isTrue();
    }

    @Test
    void a_stale_save_fails_and_never_overwrites() {
        Member saved = ports.members().save(member("31.71.01").build());
        Member first = saved.completeStage(new StageCompletion(Stage.TRAINING, saved.registeredOn().plusDays(1),
                new StageEvidence.TrainingCertificate("FIRST")), TODAY, EVERYWHERE);
        Member second = saved.completeStage(new StageCompletion(Stage.TRAINING, saved.registeredOn().plusDays(2),
                new StageEvidence.TrainingCertificate("SECOND")), TODAY, EVERYWHERE);
        ports.members().save(first);

        assertThatThrownBy(() -> ports.members().save(second))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).code()).isEqualTo(ApplicationError.VERSION_CONFLICT));

        Member stored = ports.members().findById(saved.id()).orElseThrow();
        assertThat(stored.version()).as("the stale save wrote nothing: the first save's version stays").isEqualTo(2);
        assertThat(stored.stages().completion(Stage.TRAINING).orElseThrow().evidence())
                .isEqualTo(new StageEvidence.TrainingCertificate("FIRST"));
    }

    @Test
    void saving_a_member_that_was_never_stored_at_a_later_version_is_stale() {
        Member never = member("31.71.01").build().withVersion(4);
        assertThatThrownBy(() -> ports.members().save(never)).as("a member never stored cannot be saved at a later version")
                .isInstanceOf(StaleVersionException.class);
        assertThat(ports.members().findById(never.id())).isEmpty();
    }

    @Test
    void inserting_an_existing_id_again_is_stale_not_an_upsert() {
        Member saved = ports.members().save(member("31.71.01").build());
        Member sameId = member("31.71.03").withId(saved.id()).build();
        assertThatThrownBy(() -> ports.members().save(sameId)).as("save at version 0 inserts; an id that exists is not overwritten")
                .isInstanceOf(StaleVersionException.class);
        assertThat(ports.members().findById(saved.id())).contains(saved);
    }

    @Test
    void a_new_member_whose_number_is_taken_is_stale_and_nothing_is_written() {
        Member first = ports.members().save(member("31.71.01").build());
        Member clash = member("31.71.02").withSequence(first.number().sequence()).build();
        assertThatThrownBy(() -> ports.members().save(clash))
                .as("numbers come from the IdentitySource and never repeat; a taken one must not overwrite its holder")
                .isInstanceOf(StaleVersionException.class);
        assertThat(ports.members().findById(clash.id())).as("the clashing member was not stored").isEmpty();
        assertThat(ports.members().findByNumber(first.number())).as("the number still names its first holder").contains(first);
    }

    @Test
    void a_nik_registers_once_and_the_refusal_names_the_member_number_not_the_nik() {
        String nik = Niks.random();
        Member first = ports.members().save(member("31.71.01").withNik(nik).build());
        Member twin = member("32.73.01").withNik(nik).build();

        assertThatThrownBy(() -> ports.members().save(twin))
                .isInstanceOf(DuplicateNikException.class)
                .hasMessageContaining(first.number().toString())
                .hasMessageNotContaining(nik)
                .satisfies(e -> assertThat(((DuplicateNikException) e).details())
                        .containsEntry("existingMemberNumber", first.number().toString()));
        assertThat(ports.members().findById(twin.id())).as("the refused twin was not stored").isEmpty();
    }

    @Test
    void filters_combine_and_results_come_in_member_number_order() {
        PartnerId partner = registeringPartner();
        Member gambir = savedMember("31.71.01", partner, Stage.REGISTRATION);
        Member gambirTrained = savedMember("31.71.01", partner, Stage.TRAINING);
        Member tanahAbang = savedMember("31.71.02", partner, Stage.MENTORING);
        Member bandung = savedMember("32.73.01", partner, Stage.LICENSING);
        Member elsewhere = savedMember("31.71.01", registeringPartner(), Stage.LICENSING);

        assertThat(find(byPartner(partner, 50))).containsExactly(gambir, gambirTrained, tanahAbang, bandung);
        assertThat(find(byPartner(partner, 50).inProvince(ProvinceCode.of("31")))).containsExactly(gambir, gambirTrained, tanahAbang);
        assertThat(find(new MemberCriteria(Optional.empty(), Optional.of(RegencyCode.of("32.73")), Set.of(), Optional.empty(),
                Optional.empty(), Optional.of(partner), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 50))).containsExactly(bandung);
        assertThat(find(byPartner(partner, 50).inRegencies(Set.of(RegencyCode.of("32.73"))))).as("a partner's area")
                .containsExactly(bandung);
        assertThat(find(byPartner(partner, 50).inRegencies(Set.of(RegencyCode.of("32.73"), RegencyCode.of("31.71")))))
                .containsExactly(gambir, gambirTrained, tanahAbang, bandung);
        assertThat(find(byPartner(partner, 50).inRegencies(Set.of(RegencyCode.of("32.01"))))).isEmpty();
        assertThat(find(byPartner(partner, 50).inProvince(ProvinceCode.of("31")).inRegencies(Set.of(RegencyCode.of("32.73")))))
                .isEmpty();
        assertThat(find(byPartner(partner, 50).inKecamatan(KecamatanCode.of("31.71.01")))).containsExactly(gambir, gambirTrained);
        assertThat(find(byPartner(partner, 50).reached(Stage.MENTORING))).containsExactly(tanahAbang, bandung);
        MemberCriteria licensedInGambir = MemberCriteria.all(1).inProvince(ProvinceCode.of("31"))
                .inKecamatan(KecamatanCode.of("31.71.01")).reached(Stage.LICENSING);
        assertThat(find(from(licensedInGambir, elsewhere))).as("found without the partner filter").containsExactly(elsewhere);
        assertThat(find(from(licensedInGambir, gambir))).as("P1 only: not licensed").doesNotContain(gambir);
    }

    /** The criteria starting at {@code member} (whatever other data the store holds). */
    private static MemberCriteria from(MemberCriteria criteria, Member member) {
        long sequence = member.number().sequence();
        return sequence == 1 ? criteria : criteria.after(MemberCursor.after(new MemberNumber(member.number().province(), sequence - 1)));
    }

    @Test
    void keyset_pages_cover_everything_once_and_the_last_page_has_no_cursor() {
        PartnerId partner = registeringPartner();
        List<Member> saved = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            saved.add(savedMember(i % 2 == 0 ? "31.71.01" : "32.73.01", partner, Stage.REGISTRATION));
        }
        List<Member> paged = new ArrayList<>();
        MemberCriteria criteria = byPartner(partner, 4);
        int pages = 0;
        while (true) {
            MemberPage page = ports.members().find(criteria);
            pages++;
            paged.addAll(page.members());
            if (page.next().isEmpty()) {
                break;
            }
            assertThat(page.members()).hasSize(4);
            criteria = criteria.after(page.next().get());
        }
        assertThat(pages).isEqualTo(3);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(paged).extracting(Member::number).isSorted();

        MemberPage exact = ports.members().find(byPartner(partner, 11));
        assertThat(exact.members()).hasSize(11);
        assertThat(exact.next()).as("a page that ends exactly at the last member has no cursor").isEmpty();
    }

    @Test
    void paging_while_others_insert_never_skips_or_repeats_a_member() throws Exception {
        PartnerId partner = registeringPartner();
        Set<MemberId> before = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            before.add(savedMember(i % 3 == 0 ? "32.73.01" : "31.71.01", partner, Stage.REGISTRATION).id());
        }
        ExecutorService inserter = Executors.newSingleThreadExecutor();
        try {
            Future<?> inserting = inserter.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    savedMember(i % 2 == 0 ? "32.73.01" : "31.71.02", partner, Stage.REGISTRATION);
                }
            });
            List<MemberId> seen = new ArrayList<>();
            MemberCriteria criteria = byPartner(partner, 7);
            while (true) {
                MemberPage page = ports.members().find(criteria);
                page.members().forEach(m -> seen.add(m.id()));
                if (page.next().isEmpty()) {
                    break;
                }
                criteria = criteria.after(page.next().get());
                Thread.sleep(1);
            }
            inserting.get(60, TimeUnit.SECONDS);
            assertThat(seen).as("keyset paging never repeats a member while others are inserted").doesNotHaveDuplicates();
            assertThat(seen).as("nor skips one that existed when paging began").containsAll(before);
        } finally {
            inserter.shutdownNow();
        }
    }

    /** A word of letters that no spelling folds, unlikely to be anyone else's name in the store. */
    private static String rareWord() {
        String letters = "abfgilmprstvw";
        StringBuilder word = new StringBuilder("Z");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    @Test
    void exact_look_ups_by_nik_number_and_phone_combine_with_the_filters() {
        String phone = "0812" + (10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(89_999_999));
        Member siti = ports.members().save(member("31.71.01").withPhone(phone).build());
        Member ani = ports.members().save(member("32.73.01").withPhone(phone).withStagesUpTo(Stage.TRAINING).build());
        assertThat(find(MemberCriteria.all(10).withNik(siti.nik()))).containsExactly(siti);
        assertThat(find(MemberCriteria.all(10).withNumber(ani.number()))).containsExactly(ani);
        assertThat(find(MemberCriteria.all(10).withPhone(siti.phone()))).as("every member with the number, in number order")
                .containsExactly(siti, ani);
        assertThat(find(MemberCriteria.all(10).withPhone(siti.phone()).inProvince(ProvinceCode.of("32")))).containsExactly(ani);
        assertThat(find(MemberCriteria.all(10).withPhone(siti.phone()).reached(Stage.TRAINING))).containsExactly(ani);
        assertThat(find(MemberCriteria.all(10).withNik(siti.nik()).inProvince(ProvinceCode.of("32")))).isEmpty();
        assertThat(find(MemberCriteria.all(10).withNik(Nik.parse(Niks.random(), TODAY)))).isEmpty();
    }

    @Test
    void a_name_is_found_through_typos_and_old_spellings_most_alike_first() {
        String family = rareWord();
        Member oldSpelling = ports.members().save(member("31.71.01").named("Ir. Soekarno " + family).build());
        Member typo = ports.members().save(member("31.71.01").named("Sukarmo " + family).build());
        Member longer = ports.members().save(member("32.73.01").named("Sukarno " + family + " Putra").build());
        Member unrelated = ports.members().save(member("31.71.01").named("Budi " + rareWord()).build());

        List<Member> found = find(MemberCriteria.all(10).named(new id.okoce.domain.member.NameQuery("Sukarno " + family)));
        assertThat(found).as("the same name in the old spelling first, then the others by likeness")
                .startsWith(oldSpelling).contains(typo, longer).doesNotContain(unrelated);
        assertThat(find(MemberCriteria.all(10).named(new id.okoce.domain.member.NameQuery("Sukarno " + family))
                .inProvince(ProvinceCode.of("32")))).containsExactly(longer);
        assertThat(find(MemberCriteria.all(10).named(new id.okoce.domain.member.NameQuery(family))))
                .as("one name of several finds every member holding it").contains(oldSpelling, typo, longer);
    }

    @Test
    void a_search_by_name_pages_by_likeness_without_skipping_or_repeating() {
        String family = rareWord();
        List<Member> same = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            same.add(ports.members().save(member(i % 2 == 0 ? "31.71.01" : "33.74.01").named("Dewi " + family).build()));
        }
        Member close = ports.members().save(member("31.71.01").named("Dewi " + family + " Putri").build());
        MemberCriteria criteria = MemberCriteria.all(2).named(new id.okoce.domain.member.NameQuery("Dewi " + family));
        List<Member> seen = new ArrayList<>();
        for (int pages = 0; pages < 10; pages++) {
            MemberPage page = ports.members().find(criteria);
            seen.addAll(page.members());
            if (page.next().isEmpty()) {
                break;
            }
            assertThat(page.next().get().score()).as("a ranked page's cursor carries its score").isPresent();
            criteria = criteria.after(page.next().get());
        }
        assertThat(seen.subList(0, 5)).as("the exact names first, in number order")
                .containsExactlyElementsOf(same.stream().sorted(java.util.Comparator.comparing(Member::number)).toList());
        assertThat(seen).contains(close).doesNotHaveDuplicates();
    }

    @Test
    void an_erased_member_is_found_no_more_and_its_number_never_given_again() {
        Member member = savedMember("34.71.01", registeringPartner(), Stage.MENTORING);
        java.util.Map<Stage, Long> before = ports.statistics().membersByStage(Optional.of(ProvinceCode.of("34")));
        id.okoce.domain.member.ErasedMember remains = member.erased(TODAY);
        assertThatThrownBy(() -> ports.transactions().run(() -> ports.members().erase(remains, member.version() + 1)))
                .as("a stale erasure").isInstanceOf(StaleVersionException.class);
        ports.transactions().run(() -> ports.members().erase(remains, member.version()));

        assertThat(ports.members().findById(member.id())).isEmpty();
        assertThat(ports.members().findByNik(member.nik())).isEmpty();
        assertThat(ports.members().findByNumber(member.number())).isEmpty();
        assertThat(find(MemberCriteria.all(10).withNumber(member.number()))).isEmpty();
        assertThat(ports.members().findErased(member.id())).contains(remains);
        assertThat(ports.members().findErased(MemberId.random())).isEmpty();
        assertThat(ports.statistics().membersByStage(Optional.of(ProvinceCode.of("34"))))
                .as("the reports still count the erased member's stages").isEqualTo(before);

        Member again = ports.members().save(member("34.71.01").withNik(member.nik().value()).build());
        assertThat(again.nik()).as("the NIK may register again").isEqualTo(member.nik());
        assertThatThrownBy(() -> ports.members().save(member("34.71.01").withSequence(member.number().sequence()).build()))
                .as("the number of an erased member is never given again").isInstanceOf(StaleVersionException.class);
    }

    @Test
    void members_with_no_activity_since_a_day_are_found_oldest_first() {
        java.time.LocalDate since = java.time.LocalDate.of(2000, 6, 1);
        long before = ports.members().countInactiveSince(since).getOrDefault(ProvinceCode.of("35"), 0L);
        Member idle = ports.members().save(member("35.71.01").registeredOn(java.time.LocalDate.of(2000, 1, 3))
                .businessStartedOn(java.time.LocalDate.of(1999, 1, 1)).build());
        Member trainedLater = ports.members().save(member("35.71.01").registeredOn(java.time.LocalDate.of(2000, 1, 2))
                .businessStartedOn(java.time.LocalDate.of(1999, 1, 1)).build()
                .completeStage(new StageCompletion(Stage.TRAINING, java.time.LocalDate.of(2000, 7, 1),
                        new StageEvidence.TrainingCertificate("C-1")), TODAY, EVERYWHERE));
        Member corrected = ports.members().save(member("35.71.01").registeredOn(java.time.LocalDate.of(2000, 1, 1))
                .businessStartedOn(java.time.LocalDate.of(1999, 1, 1)).build());
        ports.audit().append(new id.okoce.domain.audit.AuditEntry(java.time.Instant.parse("2000-08-01T00:00:00Z"),
                id.okoce.domain.audit.Who.of(id.okoce.domain.access.Actor.system()), id.okoce.domain.audit.Origin.direct(),
                id.okoce.domain.audit.AuditAction.MEMBER_CORRECTED, corrected.id().toString(), Optional.of(corrected.id()),
                Optional.empty(), List.of(), Optional.empty()));

        List<Member> inactive = ports.members().inactiveSince(since, 500);
        assertThat(inactive).as("registered and recorded before the day").contains(idle)
                .as("a stage done after it is activity").doesNotContain(trainedLater)
                .as("a recorded change after it is activity").doesNotContain(corrected);
        assertThat(ports.members().countInactiveSince(since).getOrDefault(ProvinceCode.of("35"), 0L)).isEqualTo(before + 1);
        assertThat(ports.members().inactiveSince(since, 1)).hasSize(1);
    }

    private List<Member> find(MemberCriteria criteria) {
        return ports.members().find(criteria).members();
    }

    private static MemberCriteria byPartner(PartnerId partner, int limit) {
        return new MemberCriteria(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.of(partner), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
