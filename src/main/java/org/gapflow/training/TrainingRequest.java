package org.gapflow.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the manager submits in "Specify training". */
public record TrainingRequest(
        String objectiveBehaviour,
        String objectiveCondition,
        String objectiveCriterion,
        String deliveryFormat,
        String provider,
        int sessions,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal expectedMonthlyBenefit,
        int benefitMonths,
        String evaluationLevels,
        String evaluationTargets,
        List<CostLine> costLines) {
}
