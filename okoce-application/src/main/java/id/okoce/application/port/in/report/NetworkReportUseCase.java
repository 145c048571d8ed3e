package id.okoce.application.port.in.report;

import id.okoce.domain.access.Actor;
import id.okoce.domain.network.ProvinceCoverage;
import id.okoce.domain.network.TargetProgress;
import id.okoce.domain.region.ProvinceCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The network report, for one screen. Counts come from the read model and never scan members.
 * A partner sees its own province only; the national target is public to every role but banks.
 */
public interface NetworkReportUseCase {

    /** Members per province, every province listed (zeros included), with the total. */
    MembersByProvince membersByProvince(Actor actor);

    /**
     * How many members have done each stage, nationally or in one province.
     *
     * @throws id.okoce.domain.shared.DomainException {@code REGION_OUT_OF_SCOPE} for a partner asking
     *         about another province (a partner's national funnel is its own province's)
     */
    StageFunnel stageFunnel(Actor actor, Optional<ProvinceCode> province);

    /**
     * The funnel as it stood on a day: how many members had done each stage by then (completions dated
     * on or before it); now when {@code on} is empty.
     *
     * @throws id.okoce.domain.shared.DomainException {@code REGION_OUT_OF_SCOPE} for a partner asking about another province
     */
    StageFunnel stageFunnel(Actor actor, Optional<ProvinceCode> province, Optional<LocalDate> on);

    /** For every province, the stages it can deliver on the date (today when empty). */
    List<ProvinceCoverage> coverage(Actor actor, Optional<LocalDate> on);

    /**
     * Progress towards the growth target on the date (today when empty), counted as the network stood
     * on that date: the members who had reached the counting stage by then.
     */
    TargetProgress target(Actor actor, Optional<LocalDate> on);
}
