package id.okoce.domain.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the network stands against its {@link GrowthTarget} on a date.
 *
 * @param target               the target judged against
 * @param date                 the day judged at
 * @param count                new entrepreneurs so far
 * @param remaining            how many are still needed (0 once reached)
 * @param percentDone          count as a percentage of the goal, two decimals
 * @param ratePerDaySoFar      new entrepreneurs per day since the start, two decimals
 * @param requiredRatePerDay   per day needed from {@code date} to meet the deadline; empty once the
 *                             deadline has passed with the goal unmet
 * @param projectedCompletion  when the goal is reached at the rate so far; empty when nothing has
 *                             been counted yet (or it lies beyond any useful horizon)
 * @param onTrack              true when the goal is reached, or the projection is on or before the deadline
 */
public record TargetProgress(GrowthTarget target, LocalDate date, long count, long remaining, BigDecimal percentDone,
                             BigDecimal ratePerDaySoFar, Optional<BigDecimal> requiredRatePerDay,
                             Optional<LocalDate> projectedCompletion, boolean onTrack) {
}
