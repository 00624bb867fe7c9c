package org.gapflow.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An approved training the employee is enrolled in, not evaluated yet. */
public record TrainingInProgress(
        Long specificationId,
        Long caseId,
        String employeeName,
        String teamName,
        String objective,
        String provider,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal cost,
        Instant enrolledAt) implements Serializable {
}
