package org.gapflow.review;

import java.math.BigDecimal;

/** One gap as the manager enters it in "Identify performance gaps". */
public record GapInput(
        String title,
        BigDecimal expectedStandard,
        BigDecimal actualPerformance,
        String unit,
        boolean lowerIsBetter,
        String businessResult,
        BigDecimal monthlyCost,
        String evidence) {

    PerformanceGap toGap() {
        return new PerformanceGap(title.trim(), expectedStandard, actualPerformance, unit.trim(), lowerIsBetter,
                businessResult.trim(), monthlyCost, evidence == null ? null : evidence.trim());
    }
}
