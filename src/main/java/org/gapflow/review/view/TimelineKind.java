package org.gapflow.review.view;

/** What a line of the case timeline records. */
public enum TimelineKind {
    CASE_OPENED,
    STEP_DONE,
    STEP_OPEN,
    STEP_CANCELLED,
    DECISION,
    EVENT,
    WAITING,
    REMINDER,
    ESCALATION,
    COMMENT,
    CASE_CLOSED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
