package id.okoce.application.memory;

import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Collectors;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Members in memory, indexed by id, NIK and member number; erased ones kept apart as their remains. */
public final class InMemoryMemberRepository implements MemberRepository {

    private final InMemoryTransactions transactions;
    private final InMemoryAuditTrail audit;
    private final Map<MemberId, Member> byId = new ConcurrentHashMap<>();
    private final Map<String, MemberId> byNik = new ConcurrentHashMap<>();
    private final NavigableMap<MemberNumber, MemberId> byNumber = new ConcurrentSkipListMap<>();
    private final Map<MemberId, ErasedMember> erased = new ConcurrentHashMap<>();

    /** A repository whose writes join {@code transactions}, telling activity by the entries of {@code audit}. */
    public InMemoryMemberRepository(InMemoryTransactions transactions, InMemoryAuditTrail audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Member save(Member member) {
        return transactions.write(() -> {
            Member stored = byId.get(member.id());
            if (member.version() == 0) {
                if (stored != null) {
                    throw new StaleVersionException("member " + member.id(), 0);
                }
                MemberId holder = byNik.get(member.nik().value());
                if (holder != null) {
                    throw new DuplicateNikException(byId.get(holder).number(), byId.get(holder).domicile());
                }
                if (byNumber.containsKey(member.number()) || erased.values().stream().anyMatch(e -> e.number().equals(member.number()))) {
                    throw new StaleVersionException("member number " + member.number() + " (already taken)", 0);
                }
            } else if (stored == null || stored.version() != member.version()) {
                throw new StaleVersionException("member " + member.id(), member.version());
            }
            Member saved = member.withVersion(member.version() + 1);
            put(saved);
            transactions.onRollback(() -> {
                remove(saved);
                if (stored != null) {
                    put(stored);
                }
            });
            return saved;
        });
    }

    private void put(Member member) {
        byId.put(member.id(), member);
        byNik.put(member.nik().value(), member.id());
        byNumber.put(member.number(), member.id());
    }

    /** Removes a stored member (undoing an import); for the in-memory import store. */
    void delete(Member member) {
        transactions.write(() -> {
            remove(member);
            return null;
        });
    }

    private void remove(Member member) {
        byId.remove(member.id());
        byNik.remove(member.nik().value());
        byNumber.remove(member.number());
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Member> findByNik(Nik nik) {
        return Optional.ofNullable(byNik.get(nik.value())).map(byId::get);
    }

    @Override
    public Optional<Member> findByNumber(MemberNumber number) {
        return Optional.ofNullable(byNumber.get(number)).map(byId::get);
    }

    @Override
    public MemberPage find(MemberCriteria criteria) {
        List<Member> found = byNumber.values().stream().map(byId::get).filter(m -> m != null && criteria.matches(m)
                && criteria.isAfterCursor(m)).sorted(criteria.order()).limit(criteria.limit() + 1L).toList();
        if (found.size() <= criteria.limit()) {
            return new MemberPage(found, Optional.empty());
        }
        List<Member> page = found.subList(0, criteria.limit());
        return new MemberPage(page, Optional.of(criteria.cursorOf(page.get(page.size() - 1))));
    }

    @Override
    public void erase(ErasedMember remains, long version) {
        transactions.write(() -> {
            Member stored = byId.get(remains.id());
            if (stored == null || stored.version() != version) {
                throw new StaleVersionException("member " + remains.id(), version);
            }
            remove(stored);
            erased.put(remains.id(), remains);
            transactions.onRollback(() -> {
                erased.remove(remains.id());
                put(stored);
            });
            return null;
        });
    }

    @Override
    public Optional<ErasedMember> findErased(MemberId id) {
        return Optional.ofNullable(erased.get(id));
    }

    @Override
    public List<Member> inactiveSince(LocalDate since, int limit) {
        return byId.values().stream().filter(m -> inactiveSince(m, since))
                .sorted(Comparator.comparing(Member::registeredOn).thenComparing(Member::number)).limit(limit).toList();
    }

    @Override
    public Map<ProvinceCode, Long> countInactiveSince(LocalDate since) {
        return byId.values().stream().filter(m -> inactiveSince(m, since))
                .collect(Collectors.groupingBy(Member::province, Collectors.counting()));
    }

    private boolean inactiveSince(Member member, LocalDate since) {
        boolean stagesBefore = member.stages().completions().stream().allMatch(c -> c.completedOn().isBefore(since));
        boolean recordedBefore = audit.lastAbout(member.id())
                .map(at -> LocalDate.ofInstant(at, ZoneId.of("Asia/Jakarta")).isBefore(since)).orElse(true);
        return member.registeredOn().isBefore(since) && stagesBefore && recordedBefore;
    }

    /** The remains of every erased member; for the in-memory statistics. */
    Collection<ErasedMember> erased() {
        return erased.values();
    }

    /** Every stored member; for the in-memory statistics. */
    Collection<Member> all() {
        return byId.values();
    }
}
