package org.gapflow.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The return of one training after Phillips, from the gap measured before and re-measured after it.
 * <ul>
 *   <li>benefit = Δmeasure × value per unit × months counted × share attributed to the training ×
 *       confidence in that estimate (both shares isolate the training's effect conservatively);</li>
 *   <li>benefit–cost ratio = benefit ÷ fully loaded cost;</li>
 *   <li>ROI % = (benefit − fully loaded cost) ÷ fully loaded cost × 100.</li>
 * </ul>
 * Δmeasure is the improvement per month in the measure's unit, signed by {@link Direction}: a measure
 * that got worse gives a negative benefit, reported as it is rather than as zero. Money is rounded to
 * cents, the ratio to two places and ROI to one, each half up; ratio and ROI use the rounded benefit, so
 * they agree with the figures shown beside them. With a fully loaded cost of zero there is nothing to
 * return on: ratio and ROI are empty rather than infinite.
 */
public record RoiCalculation(
        BigDecimal measureBefore,
        BigDecimal measureAfter,
        Direction direction,
        BigDecimal valuePerUnit,
        int monthsCounted,
        BigDecimal attributionShare,
        BigDecimal confidence,
        BigDecimal fullyLoadedCost) {

    /** Which way a measure improves: sales per month go up, errors per month go down. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RoiCalculation {
        Objects.requireNonNull(measureBefore, "measure before the training");
        Objects.requireNonNull(measureAfter, "measure after the training");
        Objects.requireNonNull(direction, "direction of improvement");
        requireNotNegative(valuePerUnit, "value per unit");
        requireNotNegative(fullyLoadedCost, "fully loaded cost");
        requireShare(attributionShare, "share attributed to the training");
        requireShare(confidence, "confidence");
        if (monthsCounted < 0) {
            throw new IllegalArgumentException("months counted must not be negative: " + monthsCounted);
        }
    }

    /** The improvement per month in the measure's unit; negative when the measure got worse. */
    public BigDecimal improvement() {
        BigDecimal change = measureAfter.subtract(measureBefore);
        return direction == Direction.HIGHER_IS_BETTER ? change : change.negate();
    }

    /** The monetary benefit attributed to the training over the months counted. */
    public BigDecimal benefit() {
        return improvement()
                .multiply(valuePerUnit)
                .multiply(BigDecimal.valueOf(monthsCounted))
                .multiply(attributionShare)
                .multiply(confidence)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal netBenefit() {
        return benefit().subtract(fullyLoadedCost.setScale(2, RoundingMode.HALF_UP));
    }

    /** Benefit ÷ cost, two places; empty when the training cost nothing. */
    public Optional<BigDecimal> benefitCostRatio() {
        if (fullyLoadedCost.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(benefit().divide(fullyLoadedCost, 2, RoundingMode.HALF_UP));
    }

    /** (Benefit − cost) ÷ cost × 100, one place; empty when the training cost nothing. */
    public Optional<BigDecimal> roiPercent() {
        if (fullyLoadedCost.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(netBenefit().multiply(HUNDRED).divide(fullyLoadedCost, 1, RoundingMode.HALF_UP));
    }

    private static void requireNotNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }

    private static void requireShare(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1: " + value);
        }
    }
}
