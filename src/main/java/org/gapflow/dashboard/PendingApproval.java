package org.gapflow.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** A training request waiting for HR or the budget holder, and how long it has waited. */
public record PendingApproval(
        String taskId,
        String stepKey,
        String stepName,
        Long caseId,
        String employeeName,
        String teamName,
        BigDecimal requestedCost,
        String claimedBy,
        Instant waitingSince,
        Instant due) implements Serializable {

    public Duration age(Instant now) {
        return Duration.between(waitingSince, now).isNegative() ? Duration.ZERO : Duration.between(waitingSince, now);
    }

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
