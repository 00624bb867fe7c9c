package org.gapflow.training;

import java.math.BigDecimal;

/** What the manager records in "Evaluate results". Shares and confidence are fractions 0..1. */
public record EvaluationAnswers(
        BigDecimal newMeasure,
        Integer l1Reaction,
        Integer l2Learning,
        String l3Behaviour,
        String l4Results,
        BigDecimal valuePerUnit,
        int monthsCounted,
        BigDecimal attributionShare,
        BigDecimal confidence,
        boolean gapClosed) {
}
