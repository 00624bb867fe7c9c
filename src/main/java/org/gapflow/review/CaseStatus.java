package org.gapflow.review;

/** Where a review case stands in the cycle. */
public enum CaseStatus {
    IDENTIFYING_GAPS,
    EXAMINING_SOLUTIONS,
    ACTION_PLAN,
    TRAINING_SPECIFIED,
    AWAITING_APPROVAL,
    TRAINING_APPROVED,
    CLOSED_TRAINING_REJECTED,
    AWAITING_EVALUATION,
    CLOSED_NO_GAP,
    CLOSED_GAP_CLOSED,
    CLOSED_REOPENED
}
