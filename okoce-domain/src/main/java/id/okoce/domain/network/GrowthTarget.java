package id.okoce.domain.network;

import id.okoce.domain.stage.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The national target: {@code goal} new entrepreneurs between {@code start} and {@code deadline};
 * a member counts as a new entrepreneur once {@code countingStage} is done.
 *
 * @param goal          how many new entrepreneurs
 * @param start         the first day (the launch of OK OCE Goes to Nasional)
 * @param deadline      the day the goal should be reached
 * @param countingStage the stage that makes a member count (default P4, a licensed business)
 */
public record GrowthTarget(long goal, LocalDate start, LocalDate deadline, Stage countingStage) {

    /** The launch of "OK OCE Goes to Nasional", 6 September 2018. */
    public static final LocalDate NATIONAL_LAUNCH = LocalDate.of(2018, 9, 6);

    /** Checks the target is positive and the deadline after the start. */
    public GrowthTarget {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(countingStage, "countingStage");
        if (goal < 1) {
            throw new IllegalArgumentException("goal must be positive");
        }
        if (!deadline.isAfter(start)) {
            throw new IllegalArgumentException("deadline must be after start");
        }
    }

    /** 5,000,000 new entrepreneurs in 5 years from 6 September 2018, counted at P4. */
    public static GrowthTarget national() {
        return national(Stage.LICENSING);
    }

    /** The national target, counting members once {@code countingStage} is done. */
    public static GrowthTarget national(Stage countingStage) {
        return new GrowthTarget(5_000_000L, NATIONAL_LAUNCH, NATIONAL_LAUNCH.plusYears(5), countingStage);
    }

    /**
     * Progress with {@code count} new entrepreneurs on {@code date}.
     *
     * @param count how many members have reached the counting stage
     * @param date  the day to judge at
     */
    public TargetProgress progress(long count, LocalDate date) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(start, date));
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(date, deadline));
        long remaining = Math.max(0, goal - count);
        BigDecimal percent = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(goal), 2, RoundingMode.HALF_UP);
        BigDecimal rateSoFar = elapsed == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
        Optional<BigDecimal> required = remaining == 0 ? Optional.of(BigDecimal.ZERO.setScale(2))
                : daysLeft == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(remaining).divide(BigDecimal.valueOf(daysLeft), 2, RoundingMode.UP));
        Optional<LocalDate> projected;
        if (remaining == 0) {
            projected = Optional.of(date);
        } else if (count == 0 || elapsed == 0) {
            projected = Optional.empty();
        } else {
            // days needed at the rate so far, rounded up: remaining * elapsed / count
            BigDecimal days = BigDecimal.valueOf(remaining).multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(count), 0, RoundingMode.UP);
            projected = days.compareTo(BigDecimal.valueOf(3_000_000)) > 0 ? Optional.empty()
                    : Optional.of(date.plusDays(days.longValueExact()));
        }
        boolean onTrack = remaining == 0 || projected.map(p -> !p.isAfter(deadline)).orElse(false);
        return new TargetProgress(this, date, count, remaining, percent, rateSoFar, required, projected, onTrack);
    }
}
