package id.okoce.application.service;

import id.okoce.application.port.in.member.PossibleDuplicateException;
import id.okoce.application.port.in.member.RegisterMemberCommand;
import id.okoce.application.port.in.member.RegisterMemberUseCase;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.IdentitySource;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.duplicate.DuplicateScorer;
import id.okoce.domain.duplicate.KnownPerson;
import id.okoce.domain.duplicate.PersonFacts;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.Registration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Registers members, once per NIK, with a member number in their province.
 *
 * <p>A registration is one save and its audit entry, in one transaction: the repository's rule
 * that a NIK registers once (it throws {@link DuplicateNikException} naming the existing member)
 * is the only duplicate check, so there is no read before the write and no window between them. A refused registration has
 * drawn a member number, which stays unused: numbers may have gaps, never repeats. The refusal
 * names the existing member only to a caller who may see that member.
 *
 * <p>Before it, the registration is compared with the members who may be the same person (see
 * {@link DuplicateRegister}): a likely duplicate is refused with {@code POSSIBLE_DUPLICATE} unless
 * the caller confirms the person is another, and weaker matches are registered and opened for review,
 * in the registration's transaction (the check reads in it too, on the same connection). This check
 * is a read before the write: two registrations of one
 * person at the same moment can both pass it, and the register's scan finds them afterwards.
 */
public final class RegisterMemberService implements RegisterMemberUseCase {

    /** At most this many registered members are compared with a registration. */
    static final int CANDIDATES = 200;

    private final MemberRepository members;
    private final IdentitySource ids;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;
    private final DuplicateRegister duplicates;
    private final DuplicateScore.Thresholds thresholds;

    /** Wires the service, without the duplicate check. */
    public RegisterMemberService(MemberRepository members, IdentitySource ids, Transactions transactions, Accounting accounting,
                                 Clock clock) {
        this(members, ids, transactions, accounting, clock, DuplicateRegister.NONE, DuplicateScore.Thresholds.STANDARD);
    }

    /** Wires the service, checking registrations against {@code duplicates} at {@code thresholds}. */
    public RegisterMemberService(MemberRepository members, IdentitySource ids, Transactions transactions, Accounting accounting,
                                 Clock clock, DuplicateRegister duplicates, DuplicateScore.Thresholds thresholds) {
        this.duplicates = duplicates;
        this.thresholds = thresholds;
        this.members = members;
        this.ids = ids;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Member register(RegisterMemberCommand command) {
        command.actor().requireRole("register members", Role.HUB_ADMIN, Role.PARTNER);
        command.actor().requirePlace(command.domicile(), "kecamatan", "register members");
        Registration registration = new Registration(command.nik(), command.fullName(), command.phone(),
                command.domicile(), command.business(), command.registeredOn(), command.actor().partner());
        LocalDate today = LocalDate.now(clock);
        try {
            // the check reads on the registration's own connection: one connection per registration, refused before a number is drawn
            return transactions.inTransaction(() -> {
                List<Suspect> suspects = suspects(PersonFacts.of(command.nik(), command.fullName(), command.phone(), command.domicile()));
                List<Suspect> likely = suspects.stream()
                        .filter(s -> s.score().verdict(thresholds) == DuplicateScore.Verdict.LIKELY_DUPLICATE).toList();
                // the NIK itself already registered is the unique rule's refusal (MEMBER_DUPLICATE_NIK), not a likeness
                boolean sameNik = suspects.stream().anyMatch(s -> s.known().facts().nik().equals(command.nik()));
                if (!likely.isEmpty() && !command.confirmDistinct() && !sameNik) {
                    throw refusal(likely, command.actor());
                }
                Member member = Member.register(ids.newMemberId(), ids.nextMemberNumber(command.domicile().province()), registration,
                        today);
                Member saved = members.save(member);
                List<FieldChange> changes = new ArrayList<>(registered(saved));
                if (!likely.isEmpty()) {
                    changes.add(FieldChange.of("confirmedDistinctFrom", null,
                            String.join(" ", likely.stream().map(s -> s.known().number().toString()).toList())));
                }
                accounting.memberChanged(command.actor(), AuditAction.MEMBER_REGISTERED, saved, changes, Optional.empty());
                if (!suspects.isEmpty()) {
                    duplicates.record(found(saved, suspects, command.actor()));
                }
                return saved;
            });
        } catch (DuplicateNikException duplicate) {
            throw duplicate.seenBy(command.actor());
        }
    }

    /** A registered member the registration may be, and how alike they are. */
    private record Suspect(KnownPerson known, DuplicateScore score) {
    }

    /** The candidates scoring at least the review threshold, likeliest first. */
    private List<Suspect> suspects(PersonFacts facts) {
        List<Suspect> found = new ArrayList<>();
        for (KnownPerson known : duplicates.candidatesFor(facts, CANDIDATES)) {
            DuplicateScorer.scoreAtLeast(facts, known.facts(), thresholds.review()).ifPresent(s -> found.add(new Suspect(known, s)));
        }
        found.sort(Comparator.comparingDouble((Suspect s) -> s.score().total()).reversed());
        return found;
    }

    private static PossibleDuplicateException refusal(List<Suspect> likely, Actor actor) {
        List<PossibleDuplicateException.Candidate> shown = likely.stream().filter(s -> actor.canSee(s.known().facts().kecamatan()))
                .map(s -> new PossibleDuplicateException.Candidate(s.known().number(), s.known().facts().nik().masked(),
                        s.known().facts().kecamatan(), s.score()))
                .toList();
        return new PossibleDuplicateException(shown, likely.size() - shown.size());
    }

    /**
     * The pairs a registration opens: those below the likely threshold for review; those above it
     * (registered only on the caller's confirmation) resolved as distinct when the hub confirmed,
     * and open for the hub's review when a partner did.
     */
    private List<DuplicateRegister.Found> found(Member saved, List<Suspect> suspects, Actor actor) {
        Instant now = clock.instant();
        List<DuplicateRegister.Found> pairs = new ArrayList<>();
        for (Suspect s : suspects) {
            boolean confirmed = s.score().verdict(thresholds) == DuplicateScore.Verdict.LIKELY_DUPLICATE;
            boolean settled = confirmed && actor.isHub();
            pairs.add(new DuplicateRegister.Found(s.known().id(), saved.id(), s.score(),
                    settled ? DuplicatePair.Status.DISTINCT : DuplicatePair.Status.OPEN,
                    confirmed ? "CONFIRMED_AT_REGISTRATION" : "REGISTRATION", now,
                    settled ? Optional.of(actor.label()) : Optional.empty()));
        }
        return pairs;
    }

    /** What a registration records: where, when and by whom, and the business's kind (no identity or contact data). */
    private static List<FieldChange> registered(Member member) {
        return List.of(FieldChange.of("kecamatan", null, member.domicile()), FieldChange.of("registeredOn", null, member.registeredOn()),
                FieldChange.of("registeredBy", null, member.registeredBy().orElse(null)),
                FieldChange.of("business.sector", null, member.business().sector()),
                FieldChange.of("business.startedOn", null, member.business().startedOn()));
    }
}
