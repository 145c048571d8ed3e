package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.Revealed;
import id.okoce.application.port.in.financing.ApplicantView;
import id.okoce.application.port.in.financing.FindApplicantUseCase;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.Role;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds applicants for a bank's loan desk, within the provinces its products cover. */
public final class FindApplicantService implements FindApplicantUseCase {

    private final MemberRepository members;
    private final FinancingProductRepository products;
    private final FinancingRepository financings;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public FindApplicantService(MemberRepository members, FinancingProductRepository products, FinancingRepository financings,
                                Accounting accounting, Clock clock) {
        this.members = members;
        this.products = products;
        this.financings = financings;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public Revealed<ApplicantView> find(Actor actor, Optional<MemberNumber> number, Optional<Nik> nik) {
        actor.requireRole("look up financing applicants", Role.HUB_ADMIN, Role.BANK);
        if (number.isPresent() == nik.isPresent()) {
            throw new IllegalArgumentException("exactly one of number and nik");
        }
        List<FinancingProduct> own = products.findAll().stream().filter(p -> actor.canSeeProductOf(p.bank())).toList();
        Set<ProvinceCode> covered = own.stream().flatMap(p -> p.provinces().stream()).collect(Collectors.toSet());
        Set<ProductId> ownIds = own.stream().map(FinancingProduct::id).collect(Collectors.toSet());
        Optional<Member> found = number.isPresent() ? members.findByNumber(number.get()) : members.findByNik(nik.get());
        Member member = found.filter(m -> actor.role() == Role.HUB_ADMIN || covered.contains(m.province()))
                .orElseThrow(() -> new DomainException(ApplicationError.MEMBER_NOT_FOUND, number.isPresent() ? "number" : "nik",
                        "no member " + (number.isPresent() ? number.get() : "with this NIK")
                                + " among the provinces your products cover"));
        LocalDate today = LocalDate.now(clock);
        List<ApplicantView.StageDone> stages = member.stages().completions().stream()
                .map(c -> new ApplicantView.StageDone(c.stage(), c.completedOn())).toList();
        List<ApplicantView.LicenceHeld> licences = member.licencesSince().entrySet().stream()
                .filter(e -> !e.getValue().isAfter(today))
                .map(e -> new ApplicantView.LicenceHeld(e.getKey(), e.getValue())).toList();
        List<Financing> running = financings.findByMember(member.id()).stream()
                .filter(f -> f.activeOn(today) && ownIds.contains(f.productId())).toList();
        ApplicantView view = new ApplicantView(member.id(), member.number(), member.nik(), member.province(),
                member.registeredOn(), stages, licences, running);
        return new Revealed<>(view, accounting.revealed(actor, APPLICANT_LOOKUP, List.of(member.id())));
    }
}
