package org.gapflow.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A training whose results were evaluated: its fully loaded cost, the benefit attributed, the ROI. */
public record EvaluatedTraining(
        Long evaluationId,
        Long caseId,
        String employeeName,
        String teamName,
        String objective,
        Instant evaluatedAt,
        BigDecimal cost,
        BigDecimal benefit,
        BigDecimal roiPercent,
        boolean gapClosed) implements Serializable {
}
