package org.gapflow.training;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One team's training budget: what is committed by approved trainings, what is requested and still
 * waiting for approval, and what is left.
 */
public record TeamBudgetLine(Long teamId, String teamName, BigDecimal budget, BigDecimal committed,
                             BigDecimal requested) implements Serializable {

    public BigDecimal available() {
        return budget.subtract(committed);
    }

    /** Committed share of the budget in percent; null for a team without a budget. */
    public BigDecimal committedPercent() {
        return budget.signum() == 0 ? null
                : committed.multiply(BigDecimal.valueOf(100)).divide(budget, 1, java.math.RoundingMode.HALF_UP);
    }
}
