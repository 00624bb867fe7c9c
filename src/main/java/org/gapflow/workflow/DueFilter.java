package org.gapflow.workflow;

/** Narrows a task list by due date. */
public enum DueFilter {
    ANY,
    /** Due date passed. */
    OVERDUE,
    /** Due before the end of the current week (overdue tasks included: they are work for this week too). */
    THIS_WEEK
}
