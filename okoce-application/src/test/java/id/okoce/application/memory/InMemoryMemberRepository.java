package id.okoce.application.memory;

import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.identity.Nik;
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

/** Members in memory, indexed by id, NIK and member number. */
public final class InMemoryMemberRepository implements MemberRepository {

    private final InMemoryTransactions transactions;
    private final Map<MemberId, Member> byId = new ConcurrentHashMap<>();
    private final Map<String, MemberId> byNik = new ConcurrentHashMap<>();
    private final NavigableMap<MemberNumber, MemberId> byNumber = new ConcurrentSkipListMap<>();

    /** A repository whose writes join {@code transactions}. */
    public InMemoryMemberRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
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
                    throw new DuplicateNikException(byId.get(holder).number(), byId.get(holder).province());
                }
                if (byNumber.containsKey(member.number())) {
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
        NavigableMap<MemberNumber, MemberId> range = criteria.after().map(a -> byNumber.tailMap(a, false)).orElse(byNumber);
        List<Member> page = new ArrayList<>();
        for (MemberId id : range.values()) {
            Member member = byId.get(id);
            if (member != null && criteria.matches(member)) {
                if (page.size() == criteria.limit()) {
                    return new MemberPage(page, Optional.of(page.get(page.size() - 1).number()));
                }
                page.add(member);
            }
        }
        return new MemberPage(page, Optional.empty());
    }

    /** Every stored member; for the in-memory statistics. */
    Collection<Member> all() {
        return byId.values();
    }
}
