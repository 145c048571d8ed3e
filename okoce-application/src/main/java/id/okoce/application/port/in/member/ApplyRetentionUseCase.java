package id.okoce.application.port.in.member;

import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.access.Actor;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps members' data no longer than needed: when a retention period is set, members with no
 * activity for that long (registration, stages and every recorded change all older) are erased
 * as {@link EraseMemberUseCase} does, on the ground {@code RETENTION_ENDED}.
 */
public interface ApplyRetentionUseCase {

    /**
     * Erases (or, in a dry run, only counts) the members past retention.
     *
     * @throws id.okoce.domain.shared.DomainException {@code ACCESS_DENIED} for anyone but the hub
     */
    RetentionReport apply(Actor actor, boolean dryRun);

    /**
     * What a run found and did.
     *
     * @param period     the retention period, empty when retention is off (nothing is then done)
     * @param cutoff     members with no activity on or after this day are past retention
     * @param byProvince how many members are past retention, per province of domicile
     * @param erased     how many were erased (0 in a dry run)
     */
    record RetentionReport(Optional<Period> period, Optional<LocalDate> cutoff, Map<ProvinceCode, Long> byProvince, long erased) {
        /** Copies the map. */
        public RetentionReport {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(cutoff, "cutoff");
            byProvince = Map.copyOf(byProvince);
        }

        /** How many members are past retention. */
        public long found() {
            return byProvince.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
