package example.fork;

import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.member.Member;
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
                    throw new DuplicateNikException(holder.get().number(), holder.get().province());
                }
                if (data.byNumber.containsKey(member.number())) {
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
        Ledger.Snapshot data = ledger.view();
        NavigableMap<MemberNumber, MemberId> range = criteria.after()
                .map(after -> data.byNumber.tailMap(after, false)).orElse(data.byNumber);
        List<Member> page = new ArrayList<>();
        for (MemberId id : range.values()) {
            Member member = data.members.get(id);
            if (!criteria.matches(member)) {
                continue;
            }
            if (page.size() == criteria.limit()) {
                return new MemberPage(page, Optional.of(page.get(page.size() - 1).number()));
            }
            page.add(member);
        }
        return new MemberPage(page, Optional.empty());
    }
}
