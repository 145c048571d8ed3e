package example.fork;

import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.identity.Nik;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/** Members in the ledger, with the checks {@link MemberRepository#save} promises. */
final class LedgerMembers implements MemberRepository {

    private final Ledger ledger;

    LedgerMembers(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Member save(Member member) {
        return ledger.transaction(data -> {
            Member stored = data.members.get(member.id());
            if (member.version() == 0) {
                if (stored != null) {
                    throw new StaleVersionException("member " + member.id(), 0);
                }
                Optional<Member> holder = data.byNik(member.nik().value());
                if (holder.isPresent()) {
                    throw new DuplicateNikException(holder.get().number(), holder.get().domicile());
                }
                if (data.numberTaken(member.number())) {
                    throw new StaleVersionException("member number " + member.number() + " (already taken)", 0);
                }
            } else if (stored == null || stored.version() != member.version()) {
                throw new StaleVersionException("member " + member.id(), member.version());
            }
            Member saved = member.withVersion(member.version() + 1);
            data.put(saved);
            return saved;
        });
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return Optional.ofNullable(ledger.view().members.get(id));
    }

    @Override
    public Optional<Member> findByNik(Nik nik) {
        return ledger.view().byNik(nik.value());
    }

    @Override
    public Optional<Member> findByNumber(MemberNumber number) {
        Ledger.Snapshot data = ledger.view();
        return Optional.ofNullable(data.byNumber.get(number)).map(data.members::get);
    }

    @Override
    public MemberPage find(MemberCriteria criteria) {
        List<Member> found = ledger.view().members.values().stream().filter(m -> criteria.matches(m) && criteria.isAfterCursor(m))
                .sorted(criteria.order()).limit(criteria.limit() + 1L).toList();
        if (found.size() <= criteria.limit()) {
            return new MemberPage(found, Optional.empty());
        }
        List<Member> page = found.subList(0, criteria.limit());
        return new MemberPage(page, Optional.of(criteria.cursorOf(page.get(page.size() - 1))));
    }

    @Override
    public void erase(ErasedMember remains, long version) {
        ledger.transaction(data -> {
            Member stored = data.members.get(remains.id());
            if (stored == null || stored.version() != version) {
                throw new StaleVersionException("member " + remains.id(), version);
            }
            data.erase(remains);
            return null;
        });
    }

    @Override
    public Optional<ErasedMember> findErased(MemberId id) {
        return Optional.ofNullable(ledger.view().erased.get(id));
    }

    @Override
    public List<Member> inactiveSince(LocalDate since, int limit) {
        Ledger.Snapshot data = ledger.view();
        return data.members.values().stream().filter(m -> inactive(data, m, since))
                .sorted(Comparator.comparing(Member::registeredOn).thenComparing(Member::number)).limit(limit).toList();
    }

    @Override
    public Map<ProvinceCode, Long> countInactiveSince(LocalDate since) {
        Ledger.Snapshot data = ledger.view();
        return data.members.values().stream().filter(m -> inactive(data, m, since))
                .collect(Collectors.groupingBy(Member::province, Collectors.counting()));
    }

    private static boolean inactive(Ledger.Snapshot data, Member member, LocalDate since) {
        boolean stagesBefore = member.stages().completions().stream().allMatch(c -> c.completedOn().isBefore(since));
        boolean recordedBefore = LedgerAudit.about(data, member.id()).stream()
                .allMatch(e -> LocalDate.ofInstant(e.at(), ZoneId.of("Asia/Jakarta")).isBefore(since));
        return member.registeredOn().isBefore(since) && stagesBefore && recordedBefore;
    }
}
