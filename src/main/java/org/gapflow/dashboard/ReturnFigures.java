package org.gapflow.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The return of a set of evaluated trainings (all, or one team's): how many, the average of their ROI
 * percentages, and the total benefit and cost, from which the return of the whole set follows.
 */
public record ReturnFigures(String label, long evaluated, BigDecimal averageRoiPercent, BigDecimal totalBenefit,
                            BigDecimal totalCost) implements Serializable {

    /** (total benefit − total cost) / total cost × 100: what the money spent returned as a whole; null without cost. */
    public BigDecimal overallRoiPercent() {
        return totalCost == null || totalCost.signum() == 0 ? null
                : totalBenefit.subtract(totalCost).multiply(BigDecimal.valueOf(100)).divide(totalCost, 2, RoundingMode.HALF_UP);
    }
}
